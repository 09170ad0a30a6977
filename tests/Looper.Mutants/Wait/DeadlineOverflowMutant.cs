using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-2", "The wait computes its end time as start plus duration, which overflows for a wait longer than the calendar, so its first step throws")]
internal sealed class DeadlineOverflowMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetUtcNow();
        var end = start + duration;
        yield return Future.InProgress;

        var now = timeProvider.GetUtcNow();
        while (now < end)
        {
            yield return Future.InProgress;
            now = timeProvider.GetUtcNow();
        }

        var overrun = now - end;
        BaselineWait.LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        yield return Future.Finished(overrun);
    }
}
