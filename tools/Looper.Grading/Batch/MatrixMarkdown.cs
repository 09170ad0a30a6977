using System.Globalization;
using System.Text;
using Looper.Grading.Reports;
using Looper.Grading.Running;

namespace Looper.Grading.Batch;

/// <summary>
/// Write a compliance matrix as Markdown: submissions against stages, then scenarios against submissions.
/// </summary>
public static class MatrixMarkdown
{
    /// <summary>Write <paramref name="matrix"/>.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(ComplianceMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder();
        text.Append("# Looper compliance matrix\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{matrix.Entries.Count} submission(s) · Looper conformance suite `{matrix.SuiteVersion}`\n\n");
        text.Append("Each stage cell is passed / total scenarios. Symbols: ✓ passed, ✗ failed, ! errored, ⏱ timed out, 💥 crashed, – skipped.\n\n");

        text.Append("| submission | outcome | points |");
        foreach (var stage in matrix.Stages)
        {
            text.Append(' ').Append(stage).Append(" |");
        }

        text.Append("\n| --- | --- | ---: |").Append(string.Concat(matrix.Stages.Select(_ => " ---: |"))).Append('\n');
        foreach (var entry in matrix.Entries)
        {
            var points = entry.Card is { } card ? $"{ReportText.Points(card.Points)} / {ReportText.Points(card.MaxPoints)}" : "–";
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(entry.Name)} | {Escape(ComplianceMatrix.OutcomeOf(entry))} | {points} |");
            foreach (var stage in matrix.Stages)
            {
                var score = ComplianceMatrix.StageOf(entry, stage);
                text.Append(' ').Append(score is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{score.Passed}/{score.Total}")).Append(" |");
            }

            text.Append('\n');
        }

        text.Append("\n## Scenarios\n\n| scenario |");
        foreach (var entry in matrix.Entries)
        {
            text.Append(' ').Append(Escape(entry.Name)).Append(" |");
        }

        text.Append("\n| --- |").Append(string.Concat(matrix.Entries.Select(_ => " :---: |"))).Append('\n');
        foreach (var scenario in matrix.Scenarios)
        {
            text.Append("| ").Append(Escape(matrix.RowLabel(scenario))).Append(" |");
            foreach (var entry in matrix.Entries)
            {
                var cell = ComplianceMatrix.CellOf(entry, scenario);
                text.Append(' ').Append(cell is null ? " " : ComplianceMatrix.CellText(cell.Status)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
