using Looper.Conformance.Traits;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Describe one runnable scenario: a compiled Gherkin pickle with its feature, tags and steps.
/// </summary>
public sealed record ScenarioCase
{
    /// <summary>Initializes a new instance of the <see cref="ScenarioCase"/> class.</summary>
    /// <param name="feature">The feature the scenario belongs to.</param>
    /// <param name="name">The scenario's name, made unique within the feature for outline examples.</param>
    /// <param name="description">The scenario's description, if any.</param>
    /// <param name="ruleTitle">The title of the rule that holds the scenario, if any.</param>
    /// <param name="tags">Every tag of the scenario, inherited ones included, without the leading <c>@</c>.</param>
    /// <param name="steps">The steps, backgrounds included, in the order they run.</param>
    /// <param name="pickleIndex">The pickle's position in its feature, which Reqnroll's reports use.</param>
    /// <param name="line">The line of the scenario (or outline) in the feature file; outline examples share it.</param>
    internal ScenarioCase(CompiledFeature feature, string name, string? description, string? ruleTitle, IReadOnlyList<string> tags, IReadOnlyList<ScenarioStep> steps, int pickleIndex, int line)
    {
        Feature = feature;
        Name = name;
        Description = description;
        RuleTitle = ruleTitle;
        Tags = tags;
        Steps = steps;
        PickleIndex = pickleIndex;
        Line = line;
    }

    /// <summary>Gets the feature the scenario belongs to.</summary>
    public CompiledFeature Feature { get; }

    /// <summary>Gets the scenario's name, made unique within the feature for outline examples.</summary>
    public string Name { get; }

    /// <summary>Gets every tag of the scenario, inherited ones included, without the leading <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the scenario's ID, such as <c>sc-wait-01</c>.</summary>
    public string Id => Traits.Id;

    /// <summary>Gets the scenario's description, if any.</summary>
    internal string? Description { get; }

    /// <summary>Gets the title of the rule that holds the scenario, if any.</summary>
    internal string? RuleTitle { get; }

    /// <summary>Gets the steps, backgrounds included, in the order they run.</summary>
    internal IReadOnlyList<ScenarioStep> Steps { get; }

    /// <summary>Gets the pickle's position in its feature, which Reqnroll's reports use.</summary>
    internal int PickleIndex { get; }

    /// <summary>Gets the line of the scenario (or outline) in the feature file; outline examples share it.</summary>
    internal int Line { get; }

    /// <summary>Gets what the scenario is (ID, stage, requirements, extension, hidden and ignored marks), computed once when its feature is compiled.</summary>
    internal ScenarioTraits Traits
    {
        get => field ??= ScenarioTraits.Of(Tags, Feature.Path, Line, hidden: false);
        init;
    }

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
internal sealed record ScenarioStep(
    StepKind Kind,
    string Keyword,
    string Text,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table);

/// <summary>
/// Say what a step does, whatever keyword introduced it.
/// </summary>
internal enum StepKind
{
    /// <summary>A step that sets the scene.</summary>
    Given,

    /// <summary>A step that acts.</summary>
    When,

    /// <summary>A step that checks an outcome.</summary>
    Then,
}
