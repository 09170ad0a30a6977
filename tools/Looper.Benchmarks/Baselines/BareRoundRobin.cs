namespace Looper.Benchmarks.Baselines;

/// <summary>
/// Step coroutines round-robin with nothing else: the floor a looper is measured against on plain steps.
/// </summary>
/// <remarks>
/// One array of coroutines, compacted in place as they stop; no task records, no lookup, no queue, no error handling.
/// A coroutine stays while the future it yields is actionable, by the same rule the loop uses (spec FUT-3).
/// </remarks>
internal static class BareRoundRobin
{
    /// <summary>Step every coroutine once per round until none is actionable; <paramref name="coroutines"/> is used up.</summary>
    /// <param name="coroutines">The coroutines to run; the array is reordered and overwritten.</param>
    /// <returns>The number of steps taken.</returns>
    public static long Run(IEnumerator<Future>[] coroutines)
    {
        var steps = 0L;
        var live = coroutines.Length;
        while (live > 0)
        {
            var kept = 0;
            for (var i = 0; i < live; i++)
            {
                var coroutine = coroutines[i];
                steps++;
                if (coroutine.MoveNext() && IsActionable(coroutine.Current))
                {
                    coroutines[kept++] = coroutine;
                }
            }

            live = kept;
        }

        return steps;
    }

    private static bool IsActionable(Future future) =>
        future.Status is FutureStatus.Pending or FutureStatus.InProgress && !future.Paused && !future.Kill;
}
