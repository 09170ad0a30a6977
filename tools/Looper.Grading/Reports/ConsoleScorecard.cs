using System.Globalization;
using Looper.Grading.Running;
using Looper.Grading.Scoring;
using Spectre.Console;

namespace Looper.Grading.Reports;

/// <summary>
/// Print the scorecard to a console: the stamp, a table per stage, and per scenario that did not pass its requirement and expected against actual.
/// </summary>
/// <remarks>
/// Hidden scenarios count in the table but are not named unless staff asked to see them. Only colours style the text,
/// so a plain console (no colours) prints no escape codes at all.
/// </remarks>
public static class ConsoleScorecard
{
    /// <summary>Print <paramref name="card"/> to <paramref name="console"/>.</summary>
    /// <param name="console">Where to print; a plain console prints no colours.</param>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether to name hidden scenarios, for staff.</param>
    public static void Write(IAnsiConsole console, Scorecard card, bool showHidden)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(card);
        card = ReportSafety.Safe(card);
        var report = card.Report;
        console.Write(new Rule($"Looper grade: {Markup.Escape(report.SubmissionName)}").LeftJustified());
        console.MarkupLine(Markup.Escape(ReportText.Stamp(report)));
        console.MarkupLine(Markup.Escape(Settings(report)));
        if (ReportText.SandboxNotice(report) is { Length: > 0 } notice)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(notice)}[/]");
        }
        if (report.Outcome != GradeOutcome.Graded)
        {
            console.WriteLine();
            console.MarkupLine($"[red]{Markup.Escape(ReportText.Problem(report))}[/]");
        }

        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("stage")
            .AddColumn("topic")
            .AddColumn(new TableColumn("passed").RightAligned())
            .AddColumn(new TableColumn("points").RightAligned());
        foreach (var stage in card.Stages)
        {
            var colour = stage.Passed == stage.Total ? "green" : stage.Passed == 0 ? "red" : "yellow";
            table.AddRow(
                Markup.Escape(stage.Label),
                Markup.Escape(stage.Topic),
                $"[{colour}]{stage.Passed}/{stage.Total}[/]",
                $"{ReportText.Points(stage.Points)}/{ReportText.Points(stage.MaxPoints)}");
        }

        table.AddRow(
            "total",
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"{card.Passed}/{card.Scenarios.Count}"),
            $"{ReportText.Points(card.Points)}/{ReportText.Points(card.MaxPoints)}");
        console.Write(table);

        if (report.Outcome == GradeOutcome.Graded)
        {
            WriteMisses(console, card, showHidden);
        }

        console.MarkupLine(card.FullMarks ? $"[green]{Markup.Escape(ReportText.Summary(card))}[/]" : Markup.Escape(ReportText.Summary(card)));
        if (report.UnsandboxedBecause is not null)
        {
            console.MarkupLine("[yellow]Graded UNSANDBOXED (see above).[/]");
        }
    }

    private static void WriteMisses(IAnsiConsole console, Scorecard card, bool showHidden)
    {
        var shown = card.Scenarios
            .Where(scenario => !scenario.Passed && !scenario.NotApplicable && (showHidden || !scenario.Scenario.Hidden))
            .ToList();
        foreach (var scenario in shown)
        {
            var colour = scenario.Status == ScenarioStatus.Skipped ? "grey" : "red";
            console.MarkupLine(
                $"[{colour}]{Markup.Escape(ReportText.Symbol(scenario.Status))} {Markup.Escape(scenario.Status.Words())}[/] "
                + $"{Markup.Escape(scenario.Scenario.Key)} {Markup.Escape(scenario.Scenario.DisplayName)}");
            var gist = FailureGist.Of(scenario.Outcome.Message, scenario.Scenario.RequirementIds);
            if (gist.Comparison.Length > 0)
            {
                console.MarkupLine($"    {Markup.Escape(gist.Comparison)}");
            }

            if (gist.Requirement is { } requirement && scenario.Status != ScenarioStatus.Skipped)
            {
                console.MarkupLine($"    [grey]{Markup.Escape(requirement)}[/]");
            }
        }

        var hiddenMissed = card.Hidden.Count(scenario => !scenario.Passed && !scenario.NotApplicable);
        if (!showHidden && hiddenMissed > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{hiddenMissed} hidden scenario(s) did not pass; hidden scenarios are not shown."));
        }

        var optional = card.Scenarios.Count(scenario => scenario.NotApplicable);
        if (optional > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{optional} optional scenario(s) worth no points were not run, such as extensions the submission does not take up.[/]"));
        }

        if (shown.Count > 0 || optional > 0 || (!showHidden && hiddenMissed > 0))
        {
            console.WriteLine();
        }
    }

    private static string Settings(GradeReport report)
    {
        var config = report.ConfigPath is null ? "built-in grading config" : $"grading config {report.ConfigPath}";
        var hidden = report.HiddenPath is null ? "no hidden scenarios" : $"hidden scenarios from {report.HiddenPath}";
        return $"{config} · {hidden}";
    }
}
