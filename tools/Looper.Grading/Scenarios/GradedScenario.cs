using Looper.Conformance.Bridge;

namespace Looper.Grading.Scenarios;

/// <summary>
/// Describe one scenario the grader runs: its key, its scenario ID, its stage and whether learners may see it.
/// </summary>
/// <param name="Key">The scenario ID, or for the examples of an outline the ID and the example's number, such as <c>sc-fail-04.3</c>.</param>
/// <param name="Id">The scenario ID from its <c>@sc-…</c> tag.</param>
/// <param name="Case">The compiled scenario the suite runs.</param>
/// <param name="Stage">The workshop stage from its <c>@stage-N</c> tag, if it has one.</param>
/// <param name="Hidden">Whether the scenario comes from the hidden pack that learners do not see.</param>
public sealed record GradedScenario(string Key, string Id, ScenarioCase Case, int? Stage, bool Hidden)
{
    /// <summary>Gets the scenario's name.</summary>
    public string Name => Case.Name;

    /// <summary>Gets the title of the scenario's feature.</summary>
    public string FeatureTitle => Case.Feature.Title;

    /// <summary>Gets the name reports show: the feature title and the scenario name.</summary>
    public string DisplayName => $"{Case.Feature.Title} / {Case.Name}";

    /// <summary>Gets every tag of the scenario, without the leading <c>@</c>.</summary>
    public IReadOnlyList<string> Tags => Case.Tags;

    /// <summary>Gets the requirement IDs the scenario checks.</summary>
    public IReadOnlyList<string> RequirementIds => Case.Traits.RequirementIds;

    /// <summary>Gets a value indicating whether the scenario is tagged <c>@ignore</c>, so it is skipped.</summary>
    public bool Ignored => Case.Traits.Ignored;

    /// <summary>Gets the stage tag, such as <c>stage-2</c>, or <c>unstaged</c>.</summary>
    public string StageTag => Case.Traits.StageLabel;
}
