using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-6", "After its Finished step the wait yields Finished again at every step instead of ending")]
internal sealed class EndlessFinishedWaitMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        yield return Future.InProgress;

        var elapsed = timeProvider.GetElapsedTime(start);
        while (elapsed < duration)
        {
            yield return Future.InProgress;
            elapsed = timeProvider.GetElapsedTime(start);
        }

        var overrun = elapsed - duration;
        BaselineWait.LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        while (true)
        {
            yield return Future.Finished(overrun);
        }
    }
}
