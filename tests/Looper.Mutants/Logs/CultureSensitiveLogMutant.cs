using System.Globalization;
using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Logs;

[Breaks("LOG-1", "The wait formats its Finished line with the current culture, so a German machine writes decimal commas")]
internal sealed class CultureSensitiveLogMutant : BaselineImplementation
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
        if (logger.IsEnabled(LogLevel.Information))
        {
            var line = string.Format(CultureInfo.CurrentCulture, "Finished waiting for {0:F6}, plus {1:F6} seconds", duration.TotalSeconds, overrun.TotalSeconds);
            logger.LogInformation("{Line}", line);
        }

        yield return Future.Finished(overrun);
    }
}
