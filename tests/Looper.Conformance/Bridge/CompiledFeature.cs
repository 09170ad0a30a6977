namespace Looper.Conformance.Bridge;

/// <summary>
/// Hold one feature file and the scenarios compiled from it.
/// </summary>
/// <param name="Path">The feature's path inside the suite, such as <c>features/wait.feature</c>.</param>
/// <param name="Title">The feature's title.</param>
/// <param name="Description">The feature's description, if any.</param>
/// <param name="Tags">The feature's own tags, without the leading <c>@</c>.</param>
/// <param name="Source">The feature file's text, for reports that show it.</param>
public sealed record CompiledFeature(string Path, string Title, string? Description, IReadOnlyList<string> Tags, string Source)
{
    /// <summary>Gets the scenarios of the feature, in file order.</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; internal set; } = [];

    /// <summary>Gets the feature's Cucumber messages, for Reqnroll's HTML and NDJSON reports.</summary>
    internal Reqnroll.Formatters.RuntimeSupport.IFeatureLevelCucumberMessages? Messages { get; set; }
}
