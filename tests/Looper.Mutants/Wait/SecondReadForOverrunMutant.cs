using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-9", "The wait reads the clock once to compare with its duration and again to compute its overrun, so its Finished step reads the clock twice")]
internal sealed class SecondReadForOverrunMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        yield return Future.InProgress;

        while (timeProvider.GetElapsedTime(start) < duration)
        {
            yield return Future.InProgress;
        }

        var overrun = timeProvider.GetElapsedTime(start) - duration;
        BaselineWait.LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        yield return Future.Finished(overrun);
    }
}
