namespace Looper;

/// <summary>
/// Say where a coroutine or task stands (spec FUT-1).
/// </summary>
public enum FutureStatus
{
    /// <summary>Not stepped yet. A new task starts here (spec FUT-2).</summary>
    Pending = 0,

    /// <summary>Stepped at least once and not done; the loop steps it again (spec FUT-3).</summary>
    InProgress = 1,

    /// <summary>Done, with its result in <see cref="Future.Result"/>; never stepped again (spec LOOP-4).</summary>
    Finished = 2,

    /// <summary>Ended without a result, or with the exception that ended it (spec FAIL-1, FAIL-2).</summary>
    Failed = 3,
}
