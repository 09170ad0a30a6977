using System.Globalization;
using System.Text.RegularExpressions;
using Looper.Conformance.Requirements;

namespace Looper.Grading.Scenarios;

/// <summary>
/// Name the workshop stages, reading their topics from the stage table of the spec the suite embeds.
/// </summary>
public static partial class StageCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<int, string>> Topics = new(LoadTopics);

    /// <summary>Gets the topic of every stage the spec lists, by stage number.</summary>
    public static IReadOnlyDictionary<int, string> All => Topics.Value;

    /// <summary>Gets the tag of a stage, such as <c>stage-3</c>.</summary>
    /// <param name="stage">The stage number.</param>
    /// <returns>The tag, without its <c>@</c>.</returns>
    public static string TagOf(int stage) => string.Create(CultureInfo.InvariantCulture, $"stage-{stage}");

    /// <summary>Gets the topic of a stage, such as <c>The loop</c>, or an empty text for a stage the spec does not list.</summary>
    /// <param name="stage">The stage number.</param>
    /// <returns>The topic.</returns>
    public static string TopicOf(int stage) => All.TryGetValue(stage, out var topic) ? topic : string.Empty;

    /// <summary>Read the stage number out of a tag such as <c>stage-3</c>.</summary>
    /// <param name="tag">The tag, without its <c>@</c>.</param>
    /// <param name="stage">The stage number, when the tag is a stage tag.</param>
    /// <returns><see langword="true"/> for a stage tag.</returns>
    public static bool TryParseTag(string tag, out int stage)
    {
        var match = StageTagPattern().Match(tag ?? string.Empty);
        stage = match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    /// <summary>Read the stage table (<c>| stage-N | topic | requirements |</c>) out of the text of a spec.</summary>
    /// <param name="markdown">The spec's Markdown.</param>
    /// <returns>The topic of each stage, by stage number.</returns>
    public static IReadOnlyDictionary<int, string> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var topics = new SortedDictionary<int, string>();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var match = StageRowPattern().Match(line);
            if (match.Success)
            {
                topics[int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)] = match.Groups["topic"].Value.Trim();
            }
        }

        return topics;
    }

    private static IReadOnlyDictionary<int, string> LoadTopics()
    {
        using var stream = typeof(RequirementCatalog).Assembly.GetManifestResourceStream(RequirementCatalog.SpecResource);
        if (stream is null)
        {
            return new Dictionary<int, string>();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    [GeneratedRegex(@"^stage-(?<n>[0-9]+)$")]
    private static partial Regex StageTagPattern();

    [GeneratedRegex(@"^\|\s*stage-(?<n>[0-9]+)\s*\|(?<topic>[^|]+)\|")]
    private static partial Regex StageRowPattern();
}
