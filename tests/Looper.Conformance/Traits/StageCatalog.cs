using System.Globalization;
using System.Text.RegularExpressions;
using Looper.Conformance.Requirements;

namespace Looper.Conformance.Traits;

/// <summary>
/// Read the workshop stages (number, topic, requirements, hints folder, points) from the stage table of spec section 13.
/// </summary>
/// <remarks>
/// The table is the only place that says how many stages there are, what each covers and what it weighs; the suite,
/// the grader and the scripts read it from here.
/// </remarks>
internal static partial class StageCatalog
{
    private const string ExtensionMarker = "optional extension";

    private static readonly Lazy<IReadOnlyList<Stage>> Embedded = new(() => Parse(RequirementCatalog.ReadEmbeddedSpec()));

    /// <summary>Gets every stage of the embedded spec, in stage order.</summary>
    public static IReadOnlyList<Stage> All => Embedded.Value;

    /// <summary>Gets the number of the last stage.</summary>
    public static int Last => All.Count == 0 ? 0 : All[^1].Number;

    /// <summary>Gets a stage by number.</summary>
    /// <param name="number">The stage number.</param>
    /// <returns>The stage, or <see langword="null"/> when the spec lists none with that number.</returns>
    public static Stage? For(int? number) => All.FirstOrDefault(stage => stage.Number == number);

    /// <summary>Gets the stage whose row lists a requirement.</summary>
    /// <param name="requirementId">The requirement ID, such as <c>LOOP-3</c>.</param>
    /// <returns>The stage number, or <see langword="null"/> when no row lists it (such as LOG-4).</returns>
    public static int? StageOfRequirement(string requirementId) =>
        All.FirstOrDefault(stage => stage.AllRequirements.Contains(requirementId, StringComparer.Ordinal))?.Number;

    /// <summary>Read the stage table (<c>| stage-N | topic | requirements | hints folder | points |</c>) out of the text of a spec.</summary>
    /// <param name="markdown">The spec's Markdown.</param>
    /// <returns>The stages, in stage order.</returns>
    /// <exception cref="FormatException">A row's points are not a number of 0 or more.</exception>
    public static IReadOnlyList<Stage> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var stages = new SortedDictionary<int, Stage>();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var match = StageRowPattern().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            var requirements = match.Groups["ids"].Value;
            var marker = requirements.IndexOf(ExtensionMarker, StringComparison.Ordinal);
            var core = marker < 0 ? requirements : requirements[..marker];
            var extension = marker < 0 ? string.Empty : requirements[marker..];
            stages[number] = new Stage(number, match.Groups["topic"].Value.Trim(), Ids(core), Ids(extension), match.Groups["hints"].Value.Trim(), Points(number, match.Groups["points"].Value));
        }

        return [.. stages.Values];
    }

    private static double Points(int stage, string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var points) && points >= 0 && double.IsFinite(points)
            ? points
            : throw new FormatException(
                $"The points of {ScenarioTraits.StageTag(stage)} in the stage table of spec section 13 are \"{text.Trim()}\"; write a number of 0 or more, such as 2, in the row's last column.");

    private static string[] Ids(string text) => [.. RequirementIdPattern().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"^\|\s*stage-(?<n>[0-9]+)\s*\|(?<topic>[^|]+)\|(?<ids>[^|]*)\|(?<hints>[^|]*)\|(?<points>[^|]*)\|")]
    private static partial Regex StageRowPattern();

    [GeneratedRegex(@"\b[A-Z]+-[0-9]+\b")]
    private static partial Regex RequirementIdPattern();
}
