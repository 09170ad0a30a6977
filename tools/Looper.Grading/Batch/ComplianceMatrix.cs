using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;

namespace Looper.Grading.Batch;

/// <summary>
/// Lay out a batch as a compliance matrix: submissions against stages, and scenarios against submissions.
/// </summary>
/// <param name="Entries">The submissions, in batch order.</param>
/// <param name="Stages">The stage columns: every stage label any scorecard has, stages first, the hidden pack last.</param>
/// <param name="Scenarios">The scenario rows, in catalog order.</param>
/// <param name="SuiteVersion">The suite's version.</param>
/// <param name="ShowHidden">Whether hidden scenarios are named.</param>
public sealed record ComplianceMatrix(
    IReadOnlyList<BatchEntry> Entries,
    IReadOnlyList<string> Stages,
    IReadOnlyList<GradedScenario> Scenarios,
    string SuiteVersion,
    bool ShowHidden)
{
    /// <summary>Build the matrix of a batch.</summary>
    /// <param name="entries">The batch's entries.</param>
    /// <param name="catalog">The scenarios graded.</param>
    /// <param name="suiteVersion">The suite's version.</param>
    /// <param name="showHidden">Whether to name hidden scenarios.</param>
    /// <returns>The matrix.</returns>
    public static ComplianceMatrix Of(IReadOnlyList<BatchEntry> entries, ScenarioCatalog catalog, string suiteVersion, bool showHidden)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(catalog);
        var stages = entries.Where(entry => entry.Card is not null)
            .SelectMany(entry => entry.Card!.Stages)
            .Select(stage => (stage.Label, Order: stage.Stage ?? int.MaxValue))
            .Distinct()
            .OrderBy(stage => stage.Order)
            .ThenBy(stage => stage.Label, StringComparer.Ordinal)
            .Select(stage => stage.Label)
            .ToList();
        return new ComplianceMatrix(entries, stages, catalog.Scenarios, suiteVersion, showHidden);
    }

    /// <summary>Gets the score of <paramref name="entry"/> in the stage column <paramref name="label"/>, if it has one.</summary>
    /// <param name="entry">The submission.</param>
    /// <param name="label">The stage column.</param>
    /// <returns>The stage's score, or <see langword="null"/>.</returns>
    public static StageScore? StageOf(BatchEntry entry, string label) =>
        entry?.Card?.Stages.FirstOrDefault(stage => stage.Label == label);

    /// <summary>Gets the status of <paramref name="scenario"/> for <paramref name="entry"/>, if it was graded.</summary>
    /// <param name="entry">The submission.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The scored scenario, or <see langword="null"/>.</returns>
    public static ScoredScenario? CellOf(BatchEntry entry, GradedScenario scenario) =>
        entry?.Card?.Scenarios.FirstOrDefault(scored => scored.Scenario.Key == scenario?.Key);

    /// <summary>Gets how a submission's row is summed up: its outcome, or the problem that kept it from being graded.</summary>
    /// <param name="entry">The submission.</param>
    /// <returns>The words.</returns>
    public static string OutcomeOf(BatchEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Card is null ? "not graded: " + entry.Problem
            : entry.Card.Report.Outcome == GradeOutcome.Graded ? (entry.Card.FullMarks ? "full marks" : "graded")
            : ReportText.OutcomeWords(entry.Card.Report.Outcome);
    }

    /// <summary>Gets the label of a scenario row: its key and name, or a neutral name for a hidden one when hidden scenarios are not shown.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The label.</returns>
    public string RowLabel(GradedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!scenario.Hidden || ShowHidden)
        {
            return $"{scenario.Key} {scenario.DisplayName}";
        }

        var index = Scenarios.Where(candidate => candidate.Hidden).TakeWhile(candidate => candidate.Key != scenario.Key).Count() + 1;
        return $"hidden scenario {index} ({scenario.StageTag})";
    }

    /// <summary>Gets the short code of a status for a matrix cell.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The symbol.</returns>
    public static string CellText(ScenarioStatus status) => ReportText.Symbol(status);
}
