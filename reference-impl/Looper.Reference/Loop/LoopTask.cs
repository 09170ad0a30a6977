namespace Looper.Reference.Loop;

/// <summary>
/// Hold one coroutine and the last future it yielded: the loop's record of a task.
/// </summary>
/// <remarks>A class, so the index, the run list, the queue and the kill list share one record and see the same state.</remarks>
internal sealed class LoopTask(IEnumerator<Future> coroutine)
{
    public IEnumerator<Future> Coroutine { get; } = coroutine;

    /// <summary>Gets the task's latest future; a new task is pending (spec FUT-2).</summary>
    public Future Record { get; private set; }

    /// <summary>Gets a value indicating whether the loop steps this task when its turn comes (spec FUT-3).</summary>
    public bool IsActionable =>
        Record.Status is FutureStatus.Pending or FutureStatus.InProgress && !Record.Paused && !Record.Kill;

    /// <summary>Make the future a step yielded the task's record, keeping a kill mark set before or during the step (spec LOOP-3, KILL-2).</summary>
    /// <param name="next">The future the step yielded.</param>
    public void Store(in Future next)
    {
        var stored = Record.Kill && !next.Kill ? next with { Kill = true } : next;

        // A task in progress yields the same future step after step. Storing a future stores its result reference,
        // which costs a GC write barrier; leaving an identical record alone keeps a step as cheap as a bare MoveNext.
        if (!IsSameFuture(Record, stored))
        {
            Record = stored;
        }
    }

    /// <summary>Add the kill mark to the record, leaving status, result and paused mark as they were (spec KILL-1).</summary>
    public void MarkToKill() => Record = Record with { Kill = true };

    /// <summary>Tell whether two futures are the very same value: every part equal and the same result object.</summary>
    private static bool IsSameFuture(in Future a, in Future b) =>
        ReferenceEquals(a.Result, b.Result) && a.Status == b.Status && a.Kill == b.Kill && a.Paused == b.Paused && a.WakeAt == b.WakeAt;
}
