using Looper.Conformance.Bridge;

namespace Looper.Conformance;

/// <summary>
/// Describe how one scenario ended against an implementation: status, requirements, expected and actual values, and the learner's message.
/// </summary>
public sealed record ScenarioOutcome
{
    /// <summary>Initializes a new instance of the <see cref="ScenarioOutcome"/> class.</summary>
    /// <param name="scenario">The scenario that ran.</param>
    /// <param name="status">How it ended.</param>
    /// <param name="requirementIds">The requirement IDs the scenario checks.</param>
    /// <param name="expected">What the failed check expected, as the message shows it.</param>
    /// <param name="actual">What the failed check saw, as the message shows it.</param>
    /// <param name="message">The message a learner reads, or <see langword="null"/> when the scenario passed.</param>
    /// <param name="exception">What ended the scenario, if anything.</param>
    internal ScenarioOutcome(ScenarioCase scenario, OutcomeStatus status, IReadOnlyList<string> requirementIds, string? expected, string? actual, string? message, Exception? exception)
    {
        Scenario = scenario;
        Status = status;
        RequirementIds = requirementIds;
        Expected = expected;
        Actual = actual;
        Message = message;
        Exception = exception;
    }

    /// <summary>Gets the scenario that ran.</summary>
    public ScenarioCase Scenario { get; }

    /// <summary>Gets how it ended.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>Gets the requirement IDs the scenario checks.</summary>
    public IReadOnlyList<string> RequirementIds { get; }

    /// <summary>Gets what the failed check expected, as the message shows it; <see langword="null"/> unless <see cref="Status"/> is <see cref="OutcomeStatus.Failed"/>.</summary>
    public string? Expected { get; }

    /// <summary>Gets what the failed check saw, as the message shows it; <see langword="null"/> unless <see cref="Status"/> is <see cref="OutcomeStatus.Failed"/>.</summary>
    public string? Actual { get; }

    /// <summary>Gets the message a learner reads, or <see langword="null"/> when the scenario passed.</summary>
    public string? Message { get; }

    /// <summary>Gets what ended the scenario, if anything, for test runners that show its stack trace.</summary>
    public Exception? Exception { get; }
}
