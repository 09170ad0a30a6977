namespace Looper.Conformance.Bridge;

/// <summary>
/// Hold one feature file and the scenarios compiled from it.
/// </summary>
public sealed record CompiledFeature
{
    /// <summary>Initializes a new instance of the <see cref="CompiledFeature"/> class.</summary>
    /// <param name="path">The feature's path inside the suite, such as <c>features/wait.feature</c>.</param>
    /// <param name="title">The feature's title.</param>
    /// <param name="description">The feature's description, if any.</param>
    /// <param name="tags">The feature's own tags, without the leading <c>@</c>.</param>
    /// <param name="source">The feature file's text, for reports that show it.</param>
    internal CompiledFeature(string path, string title, string? description, IReadOnlyList<string> tags, string source)
    {
        Path = path;
        Title = title;
        Description = description;
        Tags = tags;
        Source = source;
    }

    /// <summary>Gets the feature's path inside the suite, such as <c>features/wait.feature</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the feature's title.</summary>
    public string Title { get; }

    /// <summary>Gets the scenarios of the feature, in file order.</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; internal set; } = [];

    /// <summary>Gets the feature's description, if any.</summary>
    internal string? Description { get; }

    /// <summary>Gets the feature's own tags, without the leading <c>@</c>.</summary>
    internal IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the feature file's text, for reports that show it.</summary>
    internal string Source { get; }

    /// <summary>Gets the feature's Cucumber messages, for Reqnroll's HTML and NDJSON reports.</summary>
    internal Reqnroll.Formatters.RuntimeSupport.IFeatureLevelCucumberMessages? Messages { get; set; }
}
