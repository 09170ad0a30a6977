namespace Looper.Conformance.Requirements;

/// <summary>
/// Describe one requirement of the spec: its ID, its one-line summary and the section that holds it.
/// </summary>
/// <param name="Id">The stable ID, such as <c>WAIT-3</c>.</param>
/// <param name="Summary">The requirement's first sentence.</param>
/// <param name="Section">The heading of the spec section, such as <c>2. wait and overrun reporting (WAIT)</c>.</param>
/// <param name="CheckedByScenarios">Whether scenarios must cover it; quality requirements say "Not checked by scenarios".</param>
internal sealed record Requirement(string Id, string Summary, string Section, bool CheckedByScenarios = true);
