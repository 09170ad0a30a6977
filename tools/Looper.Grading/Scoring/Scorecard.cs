using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;

namespace Looper.Grading.Scoring;

/// <summary>
/// Hold a graded report with its points: per scenario, per stage and in total. Every emitter reads this.
/// </summary>
/// <param name="Report">The report scored.</param>
/// <param name="Scenarios">Each scenario with its points, in catalog order.</param>
/// <param name="Stages">One row per stage of the visible scenarios, then one for the hidden pack if there is one.</param>
/// <param name="Points">The points earned.</param>
/// <param name="MaxPoints">The points there are.</param>
/// <param name="HiddenVisibility">The Gradescope visibility of hidden scenarios.</param>
public sealed record Scorecard(
    GradeReport Report,
    IReadOnlyList<ScoredScenario> Scenarios,
    IReadOnlyList<StageScore> Stages,
    double Points,
    double MaxPoints,
    string HiddenVisibility)
{
    /// <summary>Gets how many scenarios passed.</summary>
    public int Passed => Scenarios.Count(scenario => scenario.Passed);

    /// <summary>Gets a value indicating whether the submission was graded and every scenario worth points passed.</summary>
    /// <remarks>A scenario worth no points, such as an optional extension the submission does not implement, does not count.</remarks>
    public bool FullMarks => Report.Outcome == GradeOutcome.Graded && Scenarios.All(scenario => scenario.Passed || scenario.MaxPoints == 0);

    /// <summary>Gets the scenarios learners see.</summary>
    public IEnumerable<ScoredScenario> Visible => Scenarios.Where(scenario => !scenario.Scenario.Hidden);

    /// <summary>Gets the scenarios of the hidden pack.</summary>
    public IEnumerable<ScoredScenario> Hidden => Scenarios.Where(scenario => scenario.Scenario.Hidden);
}

/// <summary>
/// Hold one scenario's outcome with the points it earned and could have earned.
/// </summary>
/// <param name="Outcome">How the scenario went.</param>
/// <param name="Points">The points earned: all of them when it passed, none otherwise.</param>
/// <param name="MaxPoints">The points it is worth.</param>
public sealed record ScoredScenario(ScenarioOutcome Outcome, double Points, double MaxPoints)
{
    /// <summary>Gets the scenario.</summary>
    public GradedScenario Scenario => Outcome.Scenario;

    /// <summary>Gets how it ended.</summary>
    public ScenarioStatus Status => Outcome.Status;

    /// <summary>Gets a value indicating whether it passed.</summary>
    public bool Passed => Outcome.Status == ScenarioStatus.Passed;

    /// <summary>Gets a value indicating whether it was skipped and is worth no points, such as an optional extension the submission does not take up; reports leave it out or set it apart.</summary>
    public bool NotApplicable => Outcome.Status == ScenarioStatus.NotApplicable;
}

/// <summary>
/// Sum up the scenarios of one stage, or of the hidden pack.
/// </summary>
/// <param name="Label">What the row is: <c>stage-N</c> or <c>hidden</c>.</param>
/// <param name="Stage">The stage number, or <see langword="null"/> for the hidden pack's row.</param>
/// <param name="Topic">The stage's topic from the spec, or a description of the hidden pack.</param>
/// <param name="Passed">How many of its scenarios passed.</param>
/// <param name="Total">How many scenarios it has.</param>
/// <param name="Points">The points earned.</param>
/// <param name="MaxPoints">The points there are.</param>
public sealed record StageScore(string Label, int? Stage, string Topic, int Passed, int Total, double Points, double MaxPoints);
