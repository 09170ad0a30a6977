using Looper.Grading.Reports;

namespace Looper.Cli.Grade;

/// <summary>
/// Hold what <c>looper grade</c> was asked to do, as read from its command line.
/// </summary>
/// <param name="Submission">The submission's folder, project file or built assembly; for a batch, the folder of submissions; <see langword="null"/> for the reference.</param>
/// <param name="Batch">Whether <paramref name="Submission"/> is a folder of submissions.</param>
/// <param name="ConfigPath">The grading config given with <c>--config</c>, if any.</param>
/// <param name="HiddenPath">The hidden pack given with <c>--hidden</c>, if any.</param>
/// <param name="NoHidden">Whether to leave the hidden pack out.</param>
/// <param name="ShowHidden">Whether learner-facing reports name hidden scenarios.</param>
/// <param name="ReportsFolder">The folder for every report, if given.</param>
/// <param name="Files">Report files named one by one; they win over the reports folder.</param>
/// <param name="ScenarioTimeout">The time limit of one scenario, if given.</param>
/// <param name="RunTimeout">The time limit of the whole run, if given.</param>
/// <param name="Parallelism">How many submissions of a batch to grade at once.</param>
public sealed record GradeRequest(
    string? Submission,
    bool Batch,
    string? ConfigPath,
    string? HiddenPath,
    bool NoHidden,
    bool ShowHidden,
    string? ReportsFolder,
    ReportFiles Files,
    TimeSpan? ScenarioTimeout,
    TimeSpan? RunTimeout,
    int Parallelism)
{
    /// <summary>Gets a value indicating whether grading without a sandbox is an error.</summary>
    public bool RequireSandbox { get; init; }
}
