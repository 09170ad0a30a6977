using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-3", "The wait compares seconds as doubles with a tolerance of a microsecond, so it finishes up to a microsecond before its deadline, with the overrun clamped to zero")]
internal sealed class MicrosecondToleranceMutant : BaselineImplementation
{
    private const double Tolerance = 1e-6;

    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        yield return Future.InProgress;

        var elapsed = timeProvider.GetElapsedTime(start);
        while (duration.TotalSeconds - elapsed.TotalSeconds > Tolerance)
        {
            yield return Future.InProgress;
            elapsed = timeProvider.GetElapsedTime(start);
        }

        var overrun = elapsed > duration ? elapsed - duration : TimeSpan.Zero;
        BaselineWait.LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        yield return Future.Finished(overrun);
    }
}
