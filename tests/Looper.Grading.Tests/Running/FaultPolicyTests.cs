using Looper.Grading.Running;
using Looper.Grading.Scoring;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Running;

/// <summary>Prove that a fault costs only its own scenario: relaunches are not counted, and a crash is charged to a scenario only when it repeats alone.</summary>
public sealed class FaultPolicyTests
{
    [Test]
    public async Task A_hang_does_not_cost_the_scenarios_after_it_even_with_no_relaunch_allowed_by_the_old_setting()
    {
        // The built assembly, so this second grading of the hanging submission spends its time running, not building.
        var config = GradedSubmissions.Config with { Relaunches = 0 };
        var assembly = await GradedSubmissions.BuiltAssemblyAsync(GradedSubmissions.Hanging);

        var report = await GradedSubmissions.Grader.GradeAsync(
            Grading.Submissions.SubmissionLocator.Locate(assembly, RepositoryFiles.Root), GradedSubmissions.GoldenCatalog, config, CancellationToken.None);
        var card = ScoreModel.Score(report, config);

        var hung = card.Scenarios.Single(scenario => scenario.Status == ScenarioStatus.TimedOut);
        card.Scenarios.Where(scenario => scenario != hung).ShouldAllBe(scenario => scenario.Passed);
        card.Points.ShouldBe(card.MaxPoints - hung.MaxPoints);
    }

    [Test]
    public async Task A_result_whose_ToString_never_returns_costs_only_the_scenario_that_shows_it()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.HangingToString);

        var hung = card.Scenarios.Single(scenario => scenario.Status == ScenarioStatus.TimedOut);
        hung.Scenario.Key.ShouldBe("sc-hidden-03");
        card.Scenarios.Where(scenario => scenario != hung).ShouldAllBe(scenario => scenario.Passed);
    }

    [Test]
    public async Task A_crash_is_charged_to_its_scenario_only_after_it_repeats_when_that_scenario_runs_first_in_a_new_process()
    {
        var report = await GradedSubmissions.ReportAsync(GradedSubmissions.Crashing);

        report.Launches.ShouldBe(3);
        report.ProcessOutput.ShouldContain("running it again alone first");
        report.Scenarios.Count(scenario => scenario.Status == ScenarioStatus.Crashed).ShouldBe(1);
    }
}
