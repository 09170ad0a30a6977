namespace Looper.Conformance.Traits;

/// <summary>
/// Describe one workshop stage as spec section 13 lists it.
/// </summary>
/// <param name="Number">The stage number, from 1.</param>
/// <param name="Topic">The stage's topic, such as <c>The loop</c>.</param>
/// <param name="Requirements">The core requirement IDs the stage covers.</param>
/// <param name="ExtensionRequirements">The requirement IDs of optional extensions listed in the stage's row.</param>
/// <param name="HintsFolder">The stage's folder under <c>katas/stages/</c>, which holds its instructions and hints.</param>
/// <param name="Points">What a passed scenario of the stage earns when a grading config sets no points for it.</param>
internal sealed record Stage(int Number, string Topic, IReadOnlyList<string> Requirements, IReadOnlyList<string> ExtensionRequirements, string HintsFolder, double Points)
{
    /// <summary>Gets the stage's tag, such as <c>stage-2</c>, without its <c>@</c>.</summary>
    public string Tag => ScenarioTraits.StageTag(Number);

    /// <summary>Gets every requirement ID of the row, core and extension.</summary>
    public IEnumerable<string> AllRequirements => Requirements.Concat(ExtensionRequirements);
}
