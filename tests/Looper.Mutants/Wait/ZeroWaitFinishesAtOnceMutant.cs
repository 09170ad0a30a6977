using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-2", "The wait compares before its first yield, so wait(0) finishes on its first step")]
internal sealed class ZeroWaitFinishesAtOnceMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        var elapsed = TimeSpan.Zero;
        while (elapsed < duration)
        {
            yield return Future.InProgress;
            elapsed = timeProvider.GetElapsedTime(start);
        }

        var overrun = elapsed - duration;
        BaselineWait.LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        yield return Future.Finished(overrun);
    }
}
