using Looper.Grading.Scenarios;

namespace Looper.Grading.Running;

/// <summary>
/// Hold how one scenario went against a submission: its status, the message that explains it and what the submission printed.
/// </summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Message">Why it did not pass, in the suite's words; <see langword="null"/> when it passed.</param>
/// <param name="Output">What the submission printed while the scenario ran, capped.</param>
/// <param name="OutputTruncated">Whether <paramref name="Output"/> was cut at the cap.</param>
/// <param name="Duration">How long the scenario took.</param>
public sealed record ScenarioOutcome(
    GradedScenario Scenario,
    ScenarioStatus Status,
    string? Message,
    string Output,
    bool OutputTruncated,
    TimeSpan Duration);
