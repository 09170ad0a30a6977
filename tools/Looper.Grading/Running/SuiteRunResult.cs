using Looper.Grading.Reports;

namespace Looper.Grading.Running;

/// <summary>
/// Hold what running the suite against a submission produced: one outcome per scenario, or the problem that stopped it.
/// </summary>
/// <param name="Outcomes">One outcome per scenario of the catalog, in catalog order.</param>
/// <param name="Implementation">The full name of the implementation type the host found, if it found one.</param>
/// <param name="Problem">The outcome when the submission could not be served (no implementation, several, does not load), if any.</param>
/// <param name="ProblemMessage">What the problem was, in words.</param>
/// <param name="ProcessOutput">What the host processes wrote outside the scenarios, capped.</param>
/// <param name="ProcessOutputTruncated">Whether <paramref name="ProcessOutput"/> was cut.</param>
/// <param name="Launches">How many host processes were started.</param>
public sealed record SuiteRunResult(
    IReadOnlyList<ScenarioOutcome> Outcomes,
    string? Implementation,
    GradeOutcome? Problem,
    string? ProblemMessage,
    string ProcessOutput,
    bool ProcessOutputTruncated,
    int Launches)
{
    /// <summary>Gets why the submission's code ran without a sandbox, or null when it ran in one.</summary>
    public string? UnsandboxedBecause { get; init; }
}
