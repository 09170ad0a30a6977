using Microsoft.Extensions.Logging;

namespace Looper.Reference.Coroutines;

/// <summary>
/// Build the coroutine that adds a wait to a looper and calls back once the wait has finished (spec WRAP).
/// </summary>
internal static class WaitWrapperCoroutine
{
    /// <summary>Check the arguments now, then return the wrapper, not stepped yet (spec WAIT-7, FAIL-3).</summary>
    public static IEnumerator<Future> Create(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(looper);
        var wait = WaitCoroutine.Create(duration, timeProvider, logger);
        return Run(callback, wait, looper);
    }

    private static IEnumerator<Future> Run(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
    {
        looper.AddTask(wait); // spec WRAP-1
        while (true)
        {
            var waitTask = looper.GetTask(wait);
            switch (waitTask?.Status)
            {
                case null:
                    yield return Future.Failed(); // spec WRAP-4
                    yield break;
                case FutureStatus.Failed:
                    yield return Future.Failed(waitTask.Value.Result); // spec WRAP-6
                    yield break;
                case FutureStatus.Finished:
                    var result = callback();
                    looper.KillTask(wait);
                    yield return Future.Finished(result); // spec WRAP-3
                    yield break;
                default:
                    // Waking when the wait does lets an idle-sleeping loop sleep through both (spec WRAP-2, IDLE-3).
                    yield return Future.InProgress with { WakeAt = waitTask.Value.WakeAt };
                    break;
            }
        }
    }
}
