using System.Text.RegularExpressions;

namespace Looper.Grading.Reports;

/// <summary>
/// Boil a scenario's failure message down to what a console line can hold: the requirement, and expected against actual.
/// </summary>
/// <remarks>
/// The suite's messages have one shape: the subject, an indented relation (<c>should be</c>), the expected value, an
/// indented <c>but was</c>, the actual value, then one <c>ID: summary</c> line per requirement. A message of another shape
/// (an exception, a time-out) keeps its first line.
/// </remarks>
/// <param name="Requirement">The first requirement line, such as <c>WAIT-4: Once the elapsed time …</c>, if any.</param>
/// <param name="Comparison">The subject with expected and actual on one line, or the message's first line.</param>
public sealed partial record FailureGist(string? Requirement, string Comparison)
{
    /// <summary>How many characters of the expected and of the actual value a gist keeps.</summary>
    public const int ValueLimit = 120;

    /// <summary>Read the gist of <paramref name="message"/>.</summary>
    /// <param name="message">A scenario's message.</param>
    /// <param name="requirementIds">The scenario's requirement IDs, the first used when the message names no requirement.</param>
    /// <returns>The gist.</returns>
    public static FailureGist Of(string? message, IEnumerable<string> requirementIds)
    {
        ArgumentNullException.ThrowIfNull(requirementIds);
        var lines = (message ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        var requirement = lines.FirstOrDefault(line => RequirementLine().IsMatch(line))?.Trim()
            ?? requirementIds.Select(Describe).FirstOrDefault();
        var butWas = Array.FindIndex(lines, line => line.Trim() == "but was");
        if (lines.Length >= 5 && butWas >= 3 && lines[1].StartsWith("    ", StringComparison.Ordinal))
        {
            var expected = string.Join(' ', lines[2..butWas].Select(line => line.Trim()));
            var actual = string.Join(' ', lines[(butWas + 1)..].TakeWhile(line => line.Trim().Length > 0).Select(line => line.Trim()));
            return new FailureGist(requirement, $"{lines[0].Trim()}: {lines[1].Trim()} {Short(expected)}, but was {Short(actual)}");
        }

        return new FailureGist(requirement, ReportText.FirstLine(message));
    }

    private static string Describe(string id) =>
        Looper.Conformance.Requirements.RequirementCatalog.All.TryGetValue(id, out var requirement) ? $"{id}: {requirement.Summary}" : id;

    private static string Short(string value) => value.Length <= ValueLimit ? value : value[..(ValueLimit - 1)] + "…";

    [GeneratedRegex(@"^[A-Z]+-[0-9]+: ")]
    private static partial Regex RequirementLine();
}
