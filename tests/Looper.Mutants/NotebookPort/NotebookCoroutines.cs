using Microsoft.Extensions.Logging;

namespace Looper.Mutants.NotebookPort;

/// <summary>
/// Port the notebook's <c>wait</c> and <c>wait_wrapper</c> generators line for line; each Python line is quoted above its C#.
/// </summary>
internal static class NotebookCoroutines
{
    // def wait(seconds):
    //     """Will complete after seconds, and return time overrun. Otherwise, returns an IN-PROGRESS future dict"""
    public static IEnumerator<Future> Wait(TimeSpan seconds, TimeProvider time, ILogger logger)
    {
        //     start = time.time()
        var start = time.GetUtcNow();
        //     logging.debug("Start is %f", start)
        NotebookLog.StartIs(logger, start);
        //     yield {"status": IN_PROGRESS, "result": None, "kill": False, "paused": False}
        yield return new Future { Status = FutureStatus.InProgress, Result = null, Kill = false, Paused = false };
        //     now = time.time()
        var now = time.GetUtcNow();
        //     while now - start < seconds:
        // A negative duration is accepted, as Python's floats are (erratum E9).
        while (now - start < seconds)
        {
            //         logging.debug("Time elapsed %f", now-start)
            NotebookLog.TimeElapsed(logger, (now - start).TotalSeconds);
            //         yield {"status": IN_PROGRESS, "result": None, "kill": False, "paused": False}
            yield return new Future { Status = FutureStatus.InProgress, Result = null, Kill = false, Paused = false };
            //         now = time.time()
            now = time.GetUtcNow();
        }

        //     logging.info("Finished waiting for %f, plus %f seconds", seconds, now-start-seconds)
        NotebookLog.FinishedWaiting(logger, seconds.TotalSeconds, (now - start - seconds).TotalSeconds);
        //     yield {"status": FINISHED, "result": now-start-seconds, "kill": False, "paused": True}
        yield return new Future { Status = FutureStatus.Finished, Result = now - start - seconds, Kill = false, Paused = true };
    }

    // def wait_wrapper(f, wait_seconds, loop):
    public static IEnumerator<Future> WaitWrapper(Func<object?> f, TimeSpan waitSeconds, ILooper loop, TimeProvider time, ILogger logger)
    {
        //     w_coro = wait(wait_seconds)
        var wCoro = Wait(waitSeconds, time, logger);
        //     loop.add_task(w_coro)
        loop.AddTask(wCoro);
        //     while True:
        while (true)
        {
            //         fut = loop.get_task(w_coro)
            var fut = loop.GetTask(wCoro);
            //         if fut and fut["status"] == FINISHED:
            if (fut is not null && fut.Value.Status == FutureStatus.Finished)
            {
                //             result = f()
                var result = f();
                //             loop.kill_task(w_coro)
                loop.KillTask(wCoro);
                //             yield {"status": FINISHED, "result": result, "kill": False, "paused": True}
                yield return new Future { Status = FutureStatus.Finished, Result = result, Kill = false, Paused = true };
            }

            // Any other status, FAILED included, falls through to IN_PROGRESS (erratum E7).
            //         if not fut:
            if (fut is null)
            {
                //             yield {"status": FAILED, "result": None, "kill": False, "paused": True}
                yield return new Future { Status = FutureStatus.Failed, Result = null, Kill = false, Paused = true };
            }
            //         else:
            else
            {
                //             yield {"status": IN_PROGRESS, "result": None, "kill": False, "paused": False}
                yield return new Future { Status = FutureStatus.InProgress, Result = null, Kill = false, Paused = false };
            }
        }
    }
}
