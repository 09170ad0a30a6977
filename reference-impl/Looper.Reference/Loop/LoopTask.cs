namespace Looper.Reference.Loop;

/// <summary>
/// Hold one coroutine and the last future it yielded: the loop's record of a task.
/// </summary>
/// <remarks>A class, so the index, the run list and the kill list share one record and see the same state.</remarks>
internal sealed class LoopTask(IEnumerator<Future> coroutine)
{
    public IEnumerator<Future> Coroutine { get; } = coroutine;

    /// <summary>Gets or sets the task's latest future; a new task is pending (spec FUT-2).</summary>
    public Future Record { get; set; }

    /// <summary>Gets a value indicating whether the loop steps this task in the next round (spec FUT-3).</summary>
    public bool IsActionable =>
        Record.Status is FutureStatus.Pending or FutureStatus.InProgress && !Record.Paused && !Record.Kill;
}
