namespace Looper.Conformance;

/// <summary>
/// Say how one scenario ended against an implementation; every tool reports these same statuses.
/// </summary>
public enum OutcomeStatus
{
    /// <summary>Every check of the scenario held.</summary>
    Passed,

    /// <summary>A check did not hold: the implementation behaved differently from the spec.</summary>
    Failed,

    /// <summary>The implementation threw where the spec expects it to return, or is not implemented yet.</summary>
    Errored,

    /// <summary>The scenario did not end: it ran out of the step budget, or a call never returned.</summary>
    TimedOut,

    /// <summary>The scenario checks an optional extension the implementation does not implement: not run, no points, never failed.</summary>
    NotApplicable,

    /// <summary>The scenario is tagged <c>@ignore</c>: not run.</summary>
    Ignored,
}
