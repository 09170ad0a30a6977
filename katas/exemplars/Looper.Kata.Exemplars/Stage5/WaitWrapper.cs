using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage5;

/// <summary>
/// Build the coroutine that adds a wait to a looper and calls back once that wait has finished (spec WRAP).
/// </summary>
internal static class WaitWrapper
{
    /// <summary>Check the arguments at once, then hand back the wrapper, not stepped yet (spec WAIT-7, FAIL-3).</summary>
    /// <param name="callback">Called once, after the wait.</param>
    /// <param name="duration">How long the wait lasts.</param>
    /// <param name="looper">Where the wait runs as a task of its own.</param>
    /// <param name="clock">The wait's clock.</param>
    /// <param name="logger">The wait's logger.</param>
    /// <returns>The wrapper.</returns>
    public static IEnumerator<Future> Create(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider clock, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(looper);
        var wait = Wait.Create(duration, clock, logger);
        return Steps(callback, wait, looper);
    }

    private static IEnumerator<Future> Steps(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
    {
        // The wait is queued, so the loop steps it for the first time in the next round (spec WRAP-1, ADD-2).
        looper.AddTask(wait);
        while (true)
        {
            // Futures are snapshots: ask the looper again at every step (spec WRAP-2, FUT-4).
            var task = looper.GetTask(wait);
            if (task is null)
            {
                yield return Future.Failed(); // someone killed the wait (spec WRAP-4)
                yield break;
            }

            if (task.Value.Status == FutureStatus.Failed)
            {
                yield return Future.Failed(task.Value.Result); // spec WRAP-6
                yield break;
            }

            if (task.Value.Status == FutureStatus.Finished)
            {
                var result = callback(); // a callback that throws fails this step, so the loop fails the wrapper (spec WRAP-6)
                looper.KillTask(wait);
                yield return Future.Finished(result); // spec WRAP-3
                yield break;
            }

            yield return Future.InProgress;
        }
    }
}
