namespace Looper.Grading.Running;

/// <summary>
/// Hold what running the suite against a built submission produced: one outcome per scenario, or the problem that stopped it.
/// </summary>
/// <param name="Outcomes">One outcome per scenario of the catalog, in catalog order.</param>
/// <param name="Implementation">The full name of the implementation type the runner found, if it found one.</param>
/// <param name="Problem">The problem that kept the runner from grading, such as <c>no-implementation</c>, if any.</param>
/// <param name="ProblemMessage">What the problem was, in words.</param>
/// <param name="ProcessOutput">What the runner's processes wrote to their standard streams, capped.</param>
/// <param name="ProcessOutputTruncated">Whether <paramref name="ProcessOutput"/> was cut.</param>
/// <param name="Launches">How many runner processes were started.</param>
public sealed record SuiteRunResult(
    IReadOnlyList<ScenarioOutcome> Outcomes,
    string? Implementation,
    string? Problem,
    string? ProblemMessage,
    string ProcessOutput,
    bool ProcessOutputTruncated,
    int Launches);
