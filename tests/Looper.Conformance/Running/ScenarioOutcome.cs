using Looper.Conformance.Bridge;

namespace Looper.Conformance;

/// <summary>
/// Describe how one scenario ended against an implementation: status, requirements, expected and actual values, and the learner's message.
/// </summary>
/// <param name="Scenario">The scenario that ran.</param>
/// <param name="Status">How it ended.</param>
/// <param name="RequirementIds">The requirement IDs the scenario checks.</param>
/// <param name="Expected">What the failed check expected, as the message shows it; <see langword="null"/> unless <see cref="Status"/> is <see cref="OutcomeStatus.Failed"/>.</param>
/// <param name="Actual">What the failed check saw, as the message shows it; <see langword="null"/> unless <see cref="Status"/> is <see cref="OutcomeStatus.Failed"/>.</param>
/// <param name="Message">The message a learner reads, or <see langword="null"/> when the scenario passed.</param>
/// <param name="Exception">What ended the scenario, if anything, for test runners that show its stack trace.</param>
public sealed record ScenarioOutcome(
    ScenarioCase Scenario,
    OutcomeStatus Status,
    IReadOnlyList<string> RequirementIds,
    string? Expected,
    string? Actual,
    string? Message,
    Exception? Exception);
