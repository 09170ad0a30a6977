using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-4", "The wait reports the whole elapsed time as its result instead of the overrun past the duration")]
internal sealed class ElapsedAsOverrunMutant : BaselineImplementation
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

        BaselineWait.LogFinished(logger, duration.TotalSeconds, (elapsed - duration).TotalSeconds);
        yield return Future.Finished(elapsed);
    }
}
