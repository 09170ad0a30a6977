using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-1", "The wait reads its start time when it is created, before the iterator, instead of at its first step")]
internal sealed class WaitReadsClockAtCreationMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        Run(duration, timeProvider, logger, timeProvider.GetTimestamp());

    private static IEnumerator<Future> Run(TimeSpan duration, TimeProvider timeProvider, ILogger logger, long start)
    {
        BaselineWait.LogStarted(logger, duration.TotalSeconds);
        yield return Future.InProgress;

        var elapsed = timeProvider.GetElapsedTime(start);
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
