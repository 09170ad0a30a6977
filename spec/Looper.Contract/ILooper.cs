namespace Looper;

/// <summary>
/// Run coroutines as tasks, one step each per round, on the calling thread (spec LOOP).
/// </summary>
/// <remarks>
/// A coroutine is an iterator, <see cref="IEnumerator{T}"/> of <see cref="Future"/>: one
/// <see cref="System.Collections.IEnumerator.MoveNext"/> is one step, and <see cref="IEnumerator{T}.Current"/> is
/// the future that step yielded. A task is the loop's record of one coroutine: the last future it yielded.
/// Tasks are found by the very coroutine object they hold, never by equality (spec LOOKUP-1).
/// </remarks>
public interface ILooper
{
    /// <summary>Queue <paramref name="coroutine"/> as a new pending task; it joins the loop between rounds (spec ADD-1, ADD-2).</summary>
    /// <param name="coroutine">The coroutine to run. It is stepped only by the loop from now on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coroutine"/> is <see langword="null"/> (spec FAIL-3).</exception>
    /// <exception cref="InvalidOperationException">A task already holds <paramref name="coroutine"/> (spec ADD-6).</exception>
    void AddTask(IEnumerator<Future> coroutine);

    /// <summary>Step every actionable task once per round, in the order added, until none can act (spec LOOP-1, LOOP-2, LOOP-5).</summary>
    /// <exception cref="InvalidOperationException">The loop is already running, for example when a task calls this (spec LOOP-8).</exception>
    void RunUntilComplete();

    /// <summary>Find the task that holds this very <paramref name="coroutine"/>, in the loop or still queued (spec LOOKUP-1, LOOKUP-2).</summary>
    /// <param name="coroutine">The coroutine object the task was added with.</param>
    /// <returns>A snapshot of the task's latest future, or <see langword="null"/> when no task holds the coroutine (spec LOOKUP-3).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coroutine"/> is <see langword="null"/> (spec FAIL-3).</exception>
    Future? GetTask(IEnumerator<Future> coroutine);

    /// <summary>Mark the task that holds <paramref name="coroutine"/> to be removed at the end of the round (spec KILL-1, KILL-3).</summary>
    /// <param name="coroutine">The coroutine object the task was added with. Unknown coroutines are ignored (spec KILL-6).</param>
    /// <exception cref="ArgumentNullException"><paramref name="coroutine"/> is <see langword="null"/> (spec FAIL-3).</exception>
    void KillTask(IEnumerator<Future> coroutine);
}
