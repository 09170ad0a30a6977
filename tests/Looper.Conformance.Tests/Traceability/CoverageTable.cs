using System.Text.RegularExpressions;

namespace Looper.Conformance.Tests.Traceability;

/// <summary>One row of <c>spec/coverage.md</c>: a sentence of the spec and what checks it.</summary>
/// <param name="Line">The row's line number in the file.</param>
/// <param name="Owner">The requirement ID or <c>N intro</c>.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="CheckedBy">The scenario IDs that check it; empty when the row says it is not checked by scenarios.</param>
/// <param name="Reason">Why it is not checked by scenarios, or the note on what the scenarios leave out; empty when there is none.</param>
internal sealed record CoverageRow(int Line, string Owner, string Sentence, IReadOnlyList<string> CheckedBy, string Reason);

/// <summary>Read the sentence-level audit <c>spec/coverage.md</c>: its table rows, in order.</summary>
/// <remarks>The third cell is either <c>not checked by scenarios: reason</c>, or scenario IDs separated by commas, optionally followed by <c> — note</c>.</remarks>
internal static partial class CoverageTable
{
    public const string RelativePath = "spec/coverage.md";

    public const string NotChecked = "not checked by scenarios: ";

    public static IReadOnlyList<CoverageRow> Parse(string markdown)
    {
        var rows = new List<CoverageRow>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var row = RowPattern().Match(lines[i]);
            if (!row.Success || row.Groups["owner"].Value is "Requirement" or "---")
            {
                continue;
            }

            var cell = row.Groups["checked"].Value.Trim();
            var (scenarios, reason) = cell.StartsWith(NotChecked, StringComparison.Ordinal)
                ? ([], cell[NotChecked.Length..].Trim())
                : Scenarios(cell);
            rows.Add(new CoverageRow(i + 1, row.Groups["owner"].Value.Trim(), row.Groups["sentence"].Value.Trim(), scenarios, reason));
        }

        return rows;
    }

    private static (IReadOnlyList<string> Scenarios, string Note) Scenarios(string cell)
    {
        var parts = cell.Split(" — ", 2);
        return ([.. parts[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], parts.Length > 1 ? parts[1].Trim() : string.Empty);
    }

    [GeneratedRegex(@"^\| (?<owner>[^|]+) \| (?<sentence>.+) \| (?<checked>[^|]+) \|$")]
    private static partial Regex RowPattern();
}
