using System.Globalization;
using System.Net;
using System.Text;
using Looper.Grading.Reports;
using Looper.Grading.Running;

namespace Looper.Grading.Batch;

/// <summary>
/// Write a compliance matrix as one self-contained HTML page: submissions against stages, then scenarios against submissions, in colour.
/// </summary>
public static class MatrixHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }
        table { border-collapse: collapse; margin-bottom: 2rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; }
        th { background: #f6f8fa; text-align: left; }
        td.n { text-align: right; }
        td.c { text-align: center; }
        .full { background: #dafbe1; }
        .part { background: #fff8c5; }
        .none { background: #ffebe9; }
        .passed { background: #dafbe1; }
        .failed, .errored, .timed-out, .crashed { background: #ffebe9; }
        .skipped { background: #eaeef2; }
        """;

    /// <summary>Write <paramref name="matrix"/>.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The HTML text.</returns>
    public static string Write(ComplianceMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Looper compliance matrix</title>\n<style>\n")
            .Append(Style).Append("\n</style>\n</head>\n<body>\n<h1>Looper compliance matrix</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>{matrix.Entries.Count} submission(s) · Looper conformance suite <code>{Encode(matrix.SuiteVersion)}</code></p>\n");

        html.Append("<table>\n<tr><th>submission</th><th>outcome</th><th>points</th>");
        foreach (var stage in matrix.Stages)
        {
            html.Append("<th>").Append(Encode(stage)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var entry in matrix.Entries)
        {
            var points = entry.Card is { } card ? $"{ReportText.Points(card.Points)} / {ReportText.Points(card.MaxPoints)}" : "–";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(entry.Name)}</td><td>{Encode(ComplianceMatrix.OutcomeOf(entry))}</td><td class=\"n\">{points}</td>");
            foreach (var stage in matrix.Stages)
            {
                var score = ComplianceMatrix.StageOf(entry, stage);
                var band = score is null ? "none" : score.Passed == score.Total ? "full" : score.Passed == 0 ? "none" : "part";
                var text = score is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{score.Passed}/{score.Total}");
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n {band}\">{text}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n<h2>Scenarios</h2>\n<p>✓ passed, ✗ failed, ! errored, ⏱ timed out, 💥 crashed, – skipped; hover a cell for the reason.</p>\n<table>\n<tr><th>scenario</th>");
        foreach (var entry in matrix.Entries)
        {
            html.Append("<th>").Append(Encode(entry.Name)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var scenario in matrix.Scenarios)
        {
            html.Append("<tr><td>").Append(Encode(matrix.RowLabel(scenario))).Append("</td>");
            foreach (var entry in matrix.Entries)
            {
                var cell = ComplianceMatrix.CellOf(entry, scenario);
                if (cell is null)
                {
                    html.Append("<td class=\"c skipped\"></td>");
                    continue;
                }

                var reason = scenario.Hidden && !matrix.ShowHidden ? cell.Status.Words() : $"{cell.Status.Words()}: {ReportText.FirstLine(cell.Outcome.Message)}".TrimEnd(' ', ':');
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"c {cell.Status.Code()}\" title=\"{Encode(reason)}\">{ComplianceMatrix.CellText(cell.Status)}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
