using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Running;

/// <summary>Prove that the submission's code runs apart from the grader: hangs time out, crashes are contained, and results before them are kept.</summary>
public sealed class IsolationTests
{
    [Test]
    public async Task The_reference_passes_every_scenario_for_full_marks()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Reference);

        card.Report.Outcome.ShouldBe(GradeOutcome.Graded);
        card.Scenarios.ShouldAllBe(scenario => scenario.Passed);
        card.FullMarks.ShouldBeTrue();
        card.Points.ShouldBe(card.MaxPoints);
        card.Report.Launches.ShouldBe(1);
    }

    [Test]
    public async Task A_starter_that_implements_nothing_scores_zero_and_every_scenario_errors_without_a_crash()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Stub);

        card.Report.Outcome.ShouldBe(GradeOutcome.Graded);
        card.Points.ShouldBe(0);
        card.Scenarios.ShouldAllBe(scenario => scenario.Status == ScenarioStatus.Errored || scenario.Status == ScenarioStatus.Failed);
        card.Scenarios.ShouldContain(scenario => scenario.Outcome.Message!.StartsWith("not implemented: ILooperImplementation.", StringComparison.Ordinal));
        card.Report.Launches.ShouldBe(1);
    }

    [Test]
    public async Task A_scenario_that_spins_forever_times_out_and_every_other_scenario_is_still_graded()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Hanging);

        var hung = card.Scenarios.Single(scenario => scenario.Status == ScenarioStatus.TimedOut);
        Creates(hung.Scenario, "of 2.5 seconds").ShouldBeTrue();
        hung.Outcome.Message.ShouldStartWith("Did not finish within 3 s");
        card.Scenarios.Where(scenario => scenario != hung).ShouldAllBe(scenario => scenario.Passed);
        card.Report.Launches.ShouldBe(2);
    }

    [Test]
    public async Task A_submission_that_kills_its_process_crashes_that_scenario_only_and_keeps_the_results_before_and_after_it()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Crashing);

        var crashed = card.Scenarios.Single(scenario => scenario.Status == ScenarioStatus.Crashed);
        Creates(crashed.Scenario, "of 1.5 seconds").ShouldBeTrue();
        crashed.Outcome.Message!.ShouldContain("The submission's process ended while this scenario ran");
        crashed.Outcome.Message!.ShouldContain("The looper gave up on a wait of 1.5 seconds.");
        var index = card.Scenarios.ToList().IndexOf(crashed);
        index.ShouldBeGreaterThan(0);
        card.Scenarios.Take(index).ShouldAllBe(scenario => scenario.Passed);
        card.Scenarios.Skip(index + 1).ShouldNotBeEmpty();
        card.Scenarios.Skip(index + 1).ShouldAllBe(scenario => scenario.Passed);
        card.Report.Launches.ShouldBe(3);
    }

    [Test]
    public async Task What_a_submission_prints_is_kept_per_scenario_capped_and_flagged_when_cut()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Hanging);

        var printed = card.Scenarios.Single(scenario => Creates(scenario.Scenario, "of 1.5 seconds"));
        printed.Outcome.Output.ShouldBe("creating a wait of 1");
        printed.Outcome.OutputTruncated.ShouldBeTrue();
        card.Scenarios.Where(scenario => !MentionsWaits(scenario.Scenario)).ShouldAllBe(scenario => scenario.Outcome.Output.Length == 0);
    }

    [Test]
    public async Task A_submission_that_does_not_compile_gets_a_report_with_the_compilers_errors_and_relative_paths()
    {
        var report = await GradedSubmissions.ReportAsync(GradedSubmissions.Broken);

        report.Outcome.ShouldBe(GradeOutcome.DoesNotBuild);
        report.BuildErrors.Select(error => error.ToString()).ShouldBe(["BrokenLooperImplementation.cs(10,44): error CS1002: ; expected"]);
        report.Scenarios.ShouldAllBe(scenario => scenario.Status == ScenarioStatus.Skipped);
        ReportText.Problem(report).ShouldNotContain(RepositoryFiles.Root);
    }

    [Test]
    public async Task A_submission_with_two_implementations_is_refused_with_both_names()
    {
        var report = await GradedSubmissions.ReportAsync(GradedSubmissions.TwoImplementations);

        report.Outcome.ShouldBe(GradeOutcome.SeveralImplementations);
        report.OutcomeMessage!.ShouldContain("FirstLooperImplementation");
        report.OutcomeMessage!.ShouldContain("SecondLooperImplementation");
        report.Scenarios.ShouldAllBe(scenario => scenario.Status == ScenarioStatus.Skipped);
    }

    [Test]
    public async Task The_kata_starter_scores_zero_without_a_crash()
    {
        var starter = RepositoryFiles.PathOf("katas/starter");
        Assume.That(Directory.Exists(starter), "The kata starter is not in this clone.");

        var submission = Grading.Submissions.SubmissionLocator.Locate(starter, RepositoryFiles.Root);
        var report = await GradedSubmissions.Grader.GradeAsync(submission, GradedSubmissions.GoldenCatalog, GradedSubmissions.Config, CancellationToken.None);

        Path.GetFileName(submission.Path).ShouldBe("Looper.Kata.csproj");
        report.Outcome.ShouldBe(GradeOutcome.Graded);
        report.Scenarios.ShouldAllBe(scenario => scenario.Status == ScenarioStatus.Errored || scenario.Status == ScenarioStatus.Failed);
        Grading.Scoring.ScoreModel.Score(report, GradedSubmissions.Config).Points.ShouldBe(0);
    }

    private static bool MentionsWaits(GradedScenario scenario) =>
        scenario.Case.Steps.Any(step => step.Text.Contains("wait", StringComparison.OrdinalIgnoreCase));

    private static bool Creates(GradedScenario scenario, string words) =>
        scenario.Case.Steps.Any(step => step.Text.Contains(words, StringComparison.Ordinal));
}
