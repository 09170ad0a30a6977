namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Build the coroutines the workloads run: plain iterators that allocate nothing once created.
/// </summary>
internal static class Coroutines
{
    /// <summary>Create a coroutine that is in progress for <paramref name="steps"/> - 1 steps and finishes at the last.</summary>
    /// <param name="steps">How many steps it takes, at least 1.</param>
    /// <returns>The coroutine, not stepped yet.</returns>
    public static IEnumerator<Future> Countdown(int steps)
    {
        for (var step = 1; step < steps; step++)
        {
            yield return Future.InProgress;
        }

        yield return Future.Finished(null);
    }

    /// <summary>Create a coroutine that stays in progress until it is killed.</summary>
    /// <returns>The coroutine, not stepped yet.</returns>
    public static IEnumerator<Future> Worker()
    {
        while (true)
        {
            yield return Future.InProgress;
        }
    }

    /// <summary>
    /// Create the coroutine that churns a looper: each of <paramref name="rounds"/> steps kills the <paramref name="perRound"/>
    /// oldest workers and adds as many new ones; the step after that kills every worker left and finishes.
    /// </summary>
    /// <param name="looper">The looper the workers run in.</param>
    /// <param name="workers">The workers already added, oldest first; the churner takes it over.</param>
    /// <param name="rounds">How many steps churn.</param>
    /// <param name="perRound">How many workers each of those steps replaces.</param>
    /// <returns>The coroutine, not stepped yet.</returns>
    public static IEnumerator<Future> Churner(ILooper looper, Queue<IEnumerator<Future>> workers, int rounds, int perRound)
    {
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < perRound; i++)
            {
                looper.KillTask(workers.Dequeue());
                var worker = Worker();
                looper.AddTask(worker);
                workers.Enqueue(worker);
            }

            yield return Future.InProgress;
        }

        while (workers.TryDequeue(out var worker))
        {
            looper.KillTask(worker);
        }

        yield return Future.Finished(null);
    }
}
