using Looper.Grading.Configuration;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;

namespace Looper.Grading.Scoring;

/// <summary>
/// Score a report: the one place where points are computed, from the scenario's own points or its stage's in the config.
/// </summary>
/// <remarks>A scenario earns all its points when it passed and none otherwise, whatever else happened; there is no partial credit.</remarks>
public static class ScoreModel
{
    /// <summary>The label of the hidden pack's row.</summary>
    public const string HiddenLabel = "hidden";

    /// <summary>Score <paramref name="report"/> with the points of <paramref name="config"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="config">The points per stage and per scenario.</param>
    /// <returns>The scorecard every emitter reads.</returns>
    public static Scorecard Score(GradeReport report, GradingConfig config)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(config);
        var scored = report.Scenarios.Select(outcome => Score(outcome, config)).ToList();
        var stages = scored.Where(scenario => !scenario.Scenario.Hidden)
            .GroupBy(scenario => scenario.Scenario.Stage)
            .OrderBy(group => group.Key ?? int.MaxValue)
            .Select(group => Sum(
                group.Key is { } stage ? StageCatalog.TagOf(stage) : "unstaged",
                group.Key,
                group.Key is { } number ? StageCatalog.TopicOf(number) : "scenarios with no stage tag",
                group))
            .ToList();
        var hidden = scored.Where(scenario => scenario.Scenario.Hidden).ToList();
        if (hidden.Count > 0)
        {
            stages.Add(Sum(HiddenLabel, null, "hidden scenarios", hidden));
        }

        return new Scorecard(report, scored, stages, scored.Sum(scenario => scenario.Points), scored.Sum(scenario => scenario.MaxPoints), config.HiddenVisibility);
    }

    private static ScoredScenario Score(ScenarioOutcome outcome, GradingConfig config)
    {
        var scenario = outcome.Scenario;
        // A scenario that does not apply to the submission (an extension it does not implement) is worth nothing either way.
        var worth = outcome.Status == ScenarioStatus.NotApplicable ? 0 : config.PointsFor(scenario.Key, scenario.Id, scenario.Tags);
        return new ScoredScenario(outcome, outcome.Status == ScenarioStatus.Passed ? worth : 0, worth);
    }

    private static StageScore Sum(string label, int? stage, string topic, IEnumerable<ScoredScenario> scenarios)
    {
        var list = scenarios.ToList();
        return new StageScore(label, stage, topic, list.Count(scenario => scenario.Passed), list.Count, list.Sum(scenario => scenario.Points), list.Sum(scenario => scenario.MaxPoints));
    }
}
