using Looper.Testing;
using Looper.Grading.Reports;
using Looper.Grading.Tests.Fixtures;
using Spectre.Console.Testing;

namespace Looper.Grading.Tests.Reports;

/// <summary>Hold every emitter's output for the reference, a starter-like stub, a hanging, a crashing and a broken submission to approved files.</summary>
public sealed class GoldenReportTests
{
    private static readonly string[] Submissions = GradedSubmissions.Golden;

    [TestCaseSource(nameof(Submissions))]
    public async Task Gradescope_results_match_the_approved_file(string submission) =>
        Approval.Verify(GradescopeResults.Write(await GradedSubmissions.GoldenCardAsync(submission)), $"{GoldenFiles.Folder}/{submission}.gradescope.approved.txt");

    [TestCaseSource(nameof(Submissions))]
    public async Task Exercism_results_match_the_approved_file(string submission) =>
        Approval.Verify(ExercismResults.Write(await GradedSubmissions.GoldenCardAsync(submission), showHidden: false), $"{GoldenFiles.Folder}/{submission}.exercism.approved.txt");

    [TestCaseSource(nameof(Submissions))]
    public async Task JUnit_report_matches_the_approved_file(string submission) =>
        Approval.Verify(JUnitReport.Write(await GradedSubmissions.GoldenCardAsync(submission), showHidden: false), $"{GoldenFiles.Folder}/{submission}.junit.approved.txt");

    [TestCaseSource(nameof(Submissions))]
    public async Task Markdown_summary_matches_the_approved_file(string submission) =>
        Approval.Verify(MarkdownSummary.Write(await GradedSubmissions.GoldenCardAsync(submission), showHidden: false), $"{GoldenFiles.Folder}/{submission}.markdown.approved.txt");

    [TestCaseSource(nameof(Submissions))]
    public async Task Console_scorecard_matches_the_approved_file(string submission)
    {
        var card = await GradedSubmissions.GoldenCardAsync(submission);
        using var console = new TestConsole();
        console.Profile.Width = 140;

        ConsoleScorecard.Write(console, card, showHidden: false);

        Approval.Verify(string.Join('\n', console.Output.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())), $"{GoldenFiles.Folder}/{submission}.console.approved.txt");
    }
}
