using Looper.Conformance.Traits;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Describe one runnable scenario: a compiled Gherkin pickle with its feature, rule, tags and steps.
/// </summary>
/// <param name="Feature">The feature the scenario belongs to.</param>
/// <param name="Name">The scenario's name, made unique within the feature for outline examples.</param>
/// <param name="Description">The scenario's description, if any.</param>
/// <param name="RuleTitle">The title of the rule that holds the scenario, if any.</param>
/// <param name="Tags">Every tag of the scenario, inherited ones included, without the leading <c>@</c>.</param>
/// <param name="Steps">The steps, backgrounds included, in the order they run.</param>
/// <param name="PickleIndex">The pickle's position in its feature, which Reqnroll's reports use.</param>
/// <param name="Line">The line of the scenario (or outline) in the feature file; outline examples share it.</param>
public sealed record ScenarioCase(
    CompiledFeature Feature,
    string Name,
    string? Description,
    string? RuleTitle,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScenarioStep> Steps,
    int PickleIndex,
    int Line)
{
    /// <summary>Gets what the scenario is (ID, stage, requirements, extension, hidden and ignored marks), computed once when its feature is compiled.</summary>
    internal ScenarioTraits Traits
    {
        get => field ??= ScenarioTraits.Of(Tags, Feature.Path, Line, hidden: false);
        init;
    }

    /// <summary>Gets the scenario's ID, such as <c>sc-wait-01</c>.</summary>
    public string Id => Traits.Id;

    /// <summary>Describe the scenario the way test explorers show it.</summary>
    /// <returns>The feature title and scenario name.</returns>
    public override string ToString() => $"{Feature.Title} / {Name}";
}

/// <summary>
/// Describe one step of a scenario.
/// </summary>
/// <param name="Kind">Whether the step sets up (Given), acts (When) or checks (Then).</param>
/// <param name="Keyword">The keyword as written, such as <c>And </c>, for display.</param>
/// <param name="Text">The step text, outline values substituted.</param>
/// <param name="DocString">The step's doc string, line endings normalised to <c>\n</c>, if any.</param>
/// <param name="Table">The step's data table, header row first, if any.</param>
public sealed record ScenarioStep(
    StepKind Kind,
    string Keyword,
    string Text,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table);

/// <summary>
/// Say what a step does, whatever keyword introduced it.
/// </summary>
public enum StepKind
{
    /// <summary>A step that sets the scene.</summary>
    Given,

    /// <summary>A step that acts.</summary>
    When,

    /// <summary>A step that checks an outcome.</summary>
    Then,
}
