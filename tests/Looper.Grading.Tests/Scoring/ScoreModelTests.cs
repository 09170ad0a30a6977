using Looper.Conformance.Bridge;
using Looper.Grading.Configuration;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;
using Looper.Grading.Submissions;

namespace Looper.Grading.Tests.Scoring;

public sealed class ScoreModelTests
{
    private static readonly ScenarioCatalog Catalog = ScenarioCatalog.Create(
        [FeatureCatalog.Compile(
            "features/sample.feature",
            """
            @stage-2
            Feature: Sample
              @sc-a-01 @LOOP-1
              Scenario: One
                When the looper runs until complete
              @sc-a-02 @LOOP-1
              Scenario: Two
                When the looper runs until complete
              @sc-a-03 @LOOP-1 @extension
              Scenario: Optional
                When the looper runs until complete
            """)],
        [FeatureCatalog.Compile(
            "hidden/secret.feature",
            """
            Feature: Secret
              @sc-hidden-01 @LOOP-1 @stage-5
              Scenario: Hidden one
                When the looper runs until complete
            """)],
        "/hidden");

    [Test]
    public void Points_come_from_the_stage_a_scenario_entry_wins_and_only_passed_scenarios_earn_them()
    {
        var config = GradingConfig.Default with { ScenarioPoints = new Dictionary<string, double> { ["sc-a-02"] = 7 } };

        var card = ScoreModel.Score(Report(ScenarioStatus.Passed, ScenarioStatus.Failed, ScenarioStatus.Skipped, ScenarioStatus.Passed), config);

        card.Scenarios.Select(scenario => (scenario.Points, scenario.MaxPoints)).ShouldBe([(1d, 1d), (0d, 7d), (0d, 0d), (3d, 3d)]);
        card.Points.ShouldBe(4);
        card.MaxPoints.ShouldBe(11);
    }

    [Test]
    public void Stages_sum_the_visible_scenarios_and_the_hidden_pack_gets_a_row_of_its_own()
    {
        var card = ScoreModel.Score(Report(ScenarioStatus.Passed, ScenarioStatus.TimedOut, ScenarioStatus.Passed, ScenarioStatus.Crashed), GradingConfig.Default);

        card.Stages.ShouldBe(
        [
            new StageScore("stage-2", 2, "The loop", 2, 3, 1, 2),
            new StageScore("hidden", null, "hidden scenarios", 0, 1, 0, 3),
        ]);
    }

    [Test]
    public void Full_marks_need_every_scenario_worth_points_to_pass_but_not_an_optional_extension()
    {
        ScoreModel.Score(Report(ScenarioStatus.Passed, ScenarioStatus.Passed, ScenarioStatus.Skipped, ScenarioStatus.Passed), GradingConfig.Default).FullMarks.ShouldBeTrue();
        ScoreModel.Score(Report(ScenarioStatus.Passed, ScenarioStatus.Errored, ScenarioStatus.Passed, ScenarioStatus.Passed), GradingConfig.Default).FullMarks.ShouldBeFalse();
        ScoreModel.Score(Report(ScenarioStatus.Passed, ScenarioStatus.Passed, ScenarioStatus.Skipped, ScenarioStatus.Passed), GradingConfig.Default with
        {
            TagPoints = new Dictionary<string, double>(GradingConfig.Default.TagPoints) { ["extension"] = 1 },
        }).FullMarks.ShouldBeFalse();
    }

    [Test]
    public void A_submission_that_was_not_graded_never_has_full_marks()
    {
        var report = Report(ScenarioStatus.Passed, ScenarioStatus.Passed, ScenarioStatus.Passed, ScenarioStatus.Passed) with { Outcome = GradeOutcome.DoesNotBuild };

        ScoreModel.Score(report, GradingConfig.Default).FullMarks.ShouldBeFalse();
    }

    private static GradeReport Report(params ScenarioStatus[] statuses) => new()
    {
        SuiteVersion = "1.0.0",
        SubmissionName = "sample",
        SubmissionPath = "sample",
        SubmissionKind = SubmissionKind.Project,
        Outcome = GradeOutcome.Graded,
        Scenarios = [.. Catalog.Scenarios.Zip(statuses, (scenario, status) => new ScenarioOutcome(scenario, status, null, string.Empty, false, TimeSpan.Zero))],
    };
}
