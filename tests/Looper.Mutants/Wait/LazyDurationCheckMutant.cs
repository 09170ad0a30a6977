using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-7", "The duration is checked inside the iterator, so a negative wait is refused only at its first step, not when it is created")]
internal sealed class LazyDurationCheckMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
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
        yield return Future.Finished(overrun);
    }

    public override IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return RunWait(duration, timeProvider, logger);
    }
}
