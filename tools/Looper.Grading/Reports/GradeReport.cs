using Looper.Grading.Running;
using Looper.Grading.Submissions;

namespace Looper.Grading.Reports;

/// <summary>
/// Hold everything one grading run found out about a submission, before scoring: what was built, what ran, how each scenario ended.
/// </summary>
public sealed record GradeReport
{
    /// <summary>Gets the version of the conformance suite that graded, its assembly's informational version.</summary>
    public required string SuiteVersion { get; init; }

    /// <summary>Gets the submission's name, as reports show it.</summary>
    public required string SubmissionName { get; init; }

    /// <summary>Gets the submission's path, as reports show it.</summary>
    public required string SubmissionPath { get; init; }

    /// <summary>Gets what kind of submission it was.</summary>
    public required SubmissionKind SubmissionKind { get; init; }

    /// <summary>Gets whether the submission could be graded, and if not, why.</summary>
    public required GradeOutcome Outcome { get; init; }

    /// <summary>Gets what went wrong when the outcome is not <see cref="GradeOutcome.Graded"/>.</summary>
    public string? OutcomeMessage { get; init; }

    /// <summary>Gets the build's errors, paths relative to the submission.</summary>
    public IReadOnlyList<BuildDiagnostic> BuildErrors { get; init; } = [];

    /// <summary>Gets one outcome per scenario, in catalog order.</summary>
    public required IReadOnlyList<ScenarioOutcome> Scenarios { get; init; }

    /// <summary>Gets the full name of the implementation type graded, if one was found.</summary>
    public string? Implementation { get; init; }

    /// <summary>Gets what the host processes wrote outside the scenarios, capped.</summary>
    public string ProcessOutput { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether <see cref="ProcessOutput"/> was cut.</summary>
    public bool ProcessOutputTruncated { get; init; }

    /// <summary>Gets how many host processes were started.</summary>
    public int Launches { get; init; }

    /// <summary>Gets why the submission's code (its build or its run) ran without a sandbox, or <see langword="null"/> when it ran in one; every report says so.</summary>
    public string? UnsandboxedBecause { get; init; }

    /// <summary>Gets when grading started.</summary>
    public DateTimeOffset GradedAt { get; init; }

    /// <summary>Gets how long grading took, build included.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets the grading config used, as reports show it, or <see langword="null"/> for the built-in one.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Gets the hidden pack's folder, as reports show it, or <see langword="null"/> for none.</summary>
    public string? HiddenPath { get; init; }
}

/// <summary>
/// Say whether a submission could be graded.
/// </summary>
public enum GradeOutcome
{
    /// <summary>The suite ran against the submission.</summary>
    Graded,

    /// <summary>The submission does not compile.</summary>
    DoesNotBuild,

    /// <summary>The submission has no implementation of <c>ILooperImplementation</c>.</summary>
    NoImplementation,

    /// <summary>The submission has more than one implementation of <c>ILooperImplementation</c>.</summary>
    SeveralImplementations,

    /// <summary>The submission's assembly could not be loaded, or its implementation not created.</summary>
    DoesNotLoad,
}
