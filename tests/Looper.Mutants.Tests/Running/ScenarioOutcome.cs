using Looper.Conformance.Bridge;
using Looper.Conformance.Requirements;

namespace Looper.Mutants.Tests.Running;

/// <summary>Say how one scenario went against one implementation, and why when it did not pass.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Kind">Whether it passed, failed, or was skipped (ignored or inconclusive).</param>
/// <param name="Reason">A one-line summary of why it failed or was skipped; <see langword="null"/> when it passed.</param>
/// <param name="TimedOut">Whether the implementation never returned and the suite abandoned the call (see <c>RunGuard</c>).</param>
internal sealed record ScenarioOutcome(ScenarioCase Scenario, OutcomeKind Kind, string? Reason, bool TimedOut = false)
{
    public bool Passed => Kind == OutcomeKind.Passed;

    public bool Failed => Kind == OutcomeKind.Failed;

    /// <summary>Gets the scenario's ID, its <c>sc-…</c> tag; outline examples share their outline's ID.</summary>
    public string Id => Scenario.Tags.First(tag => tag.StartsWith("sc-", StringComparison.Ordinal));

    public IReadOnlyList<string> RequirementIds => [.. Scenario.Tags.Where(RequirementCatalog.IsRequirementTag)];

    public IReadOnlyList<string> Errata => [.. Scenario.Tags.Where(tag => tag.StartsWith("erratum-", StringComparison.Ordinal)).Select(tag => tag["erratum-".Length..])];

    /// <summary>Describe the outcome in one line (two when it did not pass), for failure messages.</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant(),-7} {Id} [{string.Join(", ", RequirementIds)}] {Scenario.Name}{(Reason is null ? string.Empty : $"\n            {Reason}")}";
}

/// <summary>Say how a scenario ended.</summary>
internal enum OutcomeKind
{
    Passed,
    Failed,
    Skipped,
}
