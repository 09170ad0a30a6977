using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Baseline;

/// <summary>
/// Build the baseline wait: the reference's wait, which finishes once its duration has passed and reports its overrun.
/// </summary>
internal static partial class BaselineWait
{
    public static IEnumerator<Future> Run(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        LogStarted(logger, duration.TotalSeconds);
        yield return Future.InProgress;

        var elapsed = timeProvider.GetElapsedTime(start);
        while (elapsed < duration)
        {
            LogPolled(logger, elapsed.TotalSeconds);
            yield return Future.InProgress;
            elapsed = timeProvider.GetElapsedTime(start);
        }

        var overrun = elapsed - duration;
        LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds);
        yield return Future.Finished(overrun);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Finished waiting for {Seconds:F6}, plus {Overrun:F6} seconds")]
    public static partial void LogFinished(ILogger logger, double seconds, double overrun);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Waiting {Seconds:F6} seconds from now")]
    public static partial void LogStarted(ILogger logger, double seconds);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Time elapsed {Elapsed:F6}")]
    public static partial void LogPolled(ILogger logger, double elapsed);
}
