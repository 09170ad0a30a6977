namespace Looper.Kata.Exemplars.Stage4;

/// <summary>
/// Hold one task: its coroutine and the latest future that coroutine yielded.
/// </summary>
/// <param name="coroutine">The coroutine passed to <see cref="ILooper.AddTask"/>.</param>
internal sealed class LoopTask(IEnumerator<Future> coroutine)
{
    /// <summary>Gets the coroutine.</summary>
    public IEnumerator<Future> Coroutine { get; } = coroutine;

    /// <summary>Gets or sets the latest future: Pending until the first step (spec FUT-2).</summary>
    public Future Record { get; set; } = Future.Pending;

    /// <summary>Gets a value indicating whether the loop steps this task when its turn comes (spec FUT-3).</summary>
    public bool IsActionable => Record.Status is FutureStatus.Pending or FutureStatus.InProgress && !Record.Paused && !Record.Kill;
}
