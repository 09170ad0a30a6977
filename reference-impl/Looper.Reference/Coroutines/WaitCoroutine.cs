using Microsoft.Extensions.Logging;

namespace Looper.Reference.Coroutines;

/// <summary>
/// Build the coroutine that waits for a duration and reports its overrun (spec WAIT).
/// </summary>
internal static partial class WaitCoroutine
{
    /// <summary>Check the arguments now, then return the wait, not stepped yet (spec WAIT-1, WAIT-7).</summary>
    public static IEnumerator<Future> Create(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return Run(duration, timeProvider, logger);
    }

    private static IEnumerator<Future> Run(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        // An iterator's body starts at the first MoveNext, so the clock is read at the first step (spec WAIT-1).
        var start = timeProvider.GetUtcNow();
        var inProgress = Future.InProgress with { WakeAt = Deadline(start, duration) }; // spec IDLE-2
        LogStarted(logger, duration.TotalSeconds);
        yield return inProgress; // spec WAIT-2

        var elapsed = timeProvider.GetUtcNow() - start;
        while (elapsed < duration) // strictly less; a clock that went back only lengthens the wait (spec WAIT-3, WAIT-8)
        {
            LogPolled(logger, elapsed.TotalSeconds);
            yield return inProgress;
            elapsed = timeProvider.GetUtcNow() - start;
        }

        var overrun = elapsed - duration;
        LogFinished(logger, duration.TotalSeconds, overrun.TotalSeconds); // spec LOG-1
        yield return Future.Finished(overrun); // spec WAIT-4; the next step ends the iterator (spec WAIT-6)
    }

    /// <summary>Add the duration to the start, stopping at the end of the calendar for a wait too long to end.</summary>
    private static DateTimeOffset Deadline(DateTimeOffset start, TimeSpan duration) =>
        duration < DateTimeOffset.MaxValue - start ? start + duration : DateTimeOffset.MaxValue;

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Finished waiting for {Seconds:F6}, plus {Overrun:F6} seconds")]
    private static partial void LogFinished(ILogger logger, double seconds, double overrun);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Waiting {Seconds:F6} seconds from now")]
    private static partial void LogStarted(ILogger logger, double seconds);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Time elapsed {Elapsed:F6}")]
    private static partial void LogPolled(ILogger logger, double elapsed);
}
