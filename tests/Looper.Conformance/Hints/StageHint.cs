namespace Looper.Conformance.Hints;

/// <summary>
/// Hold the first, gentlest hint of one workshop stage, which failure messages of that stage's scenarios end with.
/// </summary>
/// <param name="Stage">The stage number.</param>
/// <param name="Folder">The stage's folder under <c>katas/stages/</c>, which holds its instructions and every hint.</param>
/// <param name="Text">The hint: hint 1 of the stage's <c>hints.md</c>, word for word.</param>
internal sealed record StageHint(int Stage, string Folder, string Text)
{
    /// <summary>Write the hint the way failure messages end.</summary>
    /// <returns>For example <c>Hint (stage 2): ... More hints: katas/stages/2-the-loop/hints.md</c>.</returns>
    public override string ToString() => $"Hint (stage {Stage}): {Text} More hints: katas/stages/{Folder}/hints.md";
}
