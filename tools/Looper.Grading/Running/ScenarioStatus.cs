namespace Looper.Grading.Running;

/// <summary>
/// Say how one scenario ended against a submission.
/// </summary>
public enum ScenarioStatus
{
    /// <summary>Every check of the scenario held.</summary>
    Passed,

    /// <summary>A check of the scenario did not hold: the submission behaved differently from the spec.</summary>
    Failed,

    /// <summary>The submission threw where the spec expects it to return, or is not implemented yet.</summary>
    Errored,

    /// <summary>The scenario did not end: it ran out of the suite's step budget or of its time.</summary>
    TimedOut,

    /// <summary>The submission's process died while the scenario ran.</summary>
    Crashed,

    /// <summary>The scenario was not run: tagged <c>@ignore</c>, the submission did not build, or time ran out before it.</summary>
    Skipped,

    /// <summary>The scenario checks an optional extension the submission does not implement: not run, no points, never failed.</summary>
    NotApplicable,
}

/// <summary>
/// Write statuses the way reports and the runner's messages spell them.
/// </summary>
public static class ScenarioStatusText
{
    /// <summary>Gets the words for a status, such as <c>timed out</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The words.</returns>
    public static string Words(this ScenarioStatus status) => status switch
    {
        ScenarioStatus.Passed => "passed",
        ScenarioStatus.Failed => "failed",
        ScenarioStatus.Errored => "errored",
        ScenarioStatus.TimedOut => "timed out",
        ScenarioStatus.Crashed => "crashed",
        ScenarioStatus.NotApplicable => "not applicable",
        _ => "skipped",
    };

    /// <summary>Gets the one-word code of a status for machine-read messages, such as <c>timed-out</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The code.</returns>
    public static string Code(this ScenarioStatus status) => status.Words().Replace(' ', '-');

    /// <summary>Read a code written by <see cref="Code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The status, when the code is known.</param>
    /// <returns><see langword="true"/> for a known code.</returns>
    public static bool TryParse(string? code, out ScenarioStatus status)
    {
        foreach (var candidate in Enum.GetValues<ScenarioStatus>())
        {
            if (string.Equals(candidate.Code(), code, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = ScenarioStatus.Errored;
        return false;
    }
}
