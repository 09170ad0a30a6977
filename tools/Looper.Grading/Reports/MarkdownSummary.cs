using System.Globalization;
using System.Text;
using Looper.Grading.Running;
using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Write a Markdown summary fit for a GitHub Actions step summary: the score, a table per stage, and each scenario that did not pass.
/// </summary>
/// <remarks>Learners read it, so hidden scenarios count in the table but are not named unless staff asked to see them.</remarks>
public static class MarkdownSummary
{
    /// <summary>Write the summary of <paramref name="card"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether to show hidden scenarios in full, for staff.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(Scorecard card, bool showHidden)
    {
        ArgumentNullException.ThrowIfNull(card);
        var report = card.Report;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Looper grade: {ReportText.Points(card.Points)} / {ReportText.Points(card.MaxPoints)} points\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Submission **{Escape(report.SubmissionName)}** (`{report.SubmissionPath}`) · Looper conformance suite `{report.SuiteVersion}`\n\n");
        if (ReportText.SandboxNotice(report) is { Length: > 0 } notice)
        {
            text.Append("> **Warning:** ").Append(notice).Append("\n\n");
        }

        text.Append(ReportText.Summary(card)).Append("\n\n");
        if (report.Outcome != Reports.GradeOutcome.Graded)
        {
            text.Append(Fence(ReportText.Problem(report))).Append('\n');
        }

        text.Append("| stage | topic | passed | points |\n| --- | --- | ---: | ---: |\n");
        foreach (var stage in card.Stages)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {stage.Label} | {Escape(stage.Topic)} | {stage.Passed} / {stage.Total} | {ReportText.Points(stage.Points)} / {ReportText.Points(stage.MaxPoints)} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **total** | | **{card.Passed} / {card.Scenarios.Count}** | **{ReportText.Points(card.Points)} / {ReportText.Points(card.MaxPoints)}** |\n");

        var shown = card.Scenarios
            .Where(scenario => !scenario.Passed && !scenario.NotApplicable && (showHidden || !scenario.Scenario.Hidden))
            .ToList();
        if (report.Outcome == Reports.GradeOutcome.Graded && shown.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### Not passed ({shown.Count})\n");
            foreach (var scenario in shown)
            {
                var name = $"{ReportText.Symbol(scenario.Status)} {scenario.Status.Words()} · {scenario.Scenario.Key} · {scenario.Scenario.DisplayName}";
                text.Append(CultureInfo.InvariantCulture, $"\n<details><summary>{Html(name)}</summary>\n\n{Fence(ReportText.Details(scenario))}\n</details>\n");
            }
        }

        var hiddenMissed = card.Hidden.Count(scenario => !scenario.Passed && !scenario.NotApplicable);
        if (!showHidden && hiddenMissed > 0 && report.Outcome == Reports.GradeOutcome.Graded)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{hiddenMissed} hidden scenario(s) did not pass; hidden scenarios are not shown.\n");
        }

        var optional = card.Scenarios.Where(scenario => scenario.NotApplicable && (showHidden || !scenario.Scenario.Hidden)).ToList();
        if (report.Outcome == Reports.GradeOutcome.Graded && optional.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n<details><summary>Not run, worth no points ({optional.Count}): optional scenarios, such as extensions the submission does not take up</summary>\n\n");
            foreach (var scenario in optional)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {scenario.Scenario.Key} · {Escape(scenario.Scenario.DisplayName)}\n");
            }

            text.Append("\n</details>\n");
        }

        return text.ToString();
    }

    private static string Fence(string content)
    {
        var fence = content.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
        return $"{fence}text\n{content.TrimEnd()}\n{fence}\n";
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
