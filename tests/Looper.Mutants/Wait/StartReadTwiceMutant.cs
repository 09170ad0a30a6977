using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-9", "The wait reads a timestamp to measure the elapsed time and the date again for its start log line, so its first step reads the clock twice")]
internal sealed class StartReadTwiceMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        var startedAt = timeProvider.GetUtcNow();
        StartLog.Started(logger, startedAt);
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

/// <summary>Write the start line of <see cref="StartReadTwiceMutant"/>, with the time it read a second time.</summary>
internal static partial class StartLog
{
    [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "Waiting from {Start:O}")]
    public static partial void Started(ILogger logger, DateTimeOffset start);
}
