using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-8", "The wait takes the absolute value of the elapsed time, so a clock turned back far enough ends the wait")]
internal sealed class AbsoluteElapsedMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        yield return Future.InProgress;

        var elapsed = timeProvider.GetElapsedTime(start).Duration();
        while (elapsed < duration)
        {
            yield return Future.InProgress;
            elapsed = timeProvider.GetElapsedTime(start).Duration();
        }

        var overrun = elapsed - duration;
        BaselineWait.LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        yield return Future.Finished(overrun);
    }
}
