using Microsoft.Extensions.Logging;

namespace Looper.Mutants.NotebookPort;

/// <summary>
/// Write the notebook's log lines: <c>logging.info</c> at Information, <c>logging.debug</c> at Debug.
/// </summary>
/// <remarks>Python's <c>%f</c> prints six decimals whatever the locale, hence <c>F6</c> in the invariant culture the source generator uses.</remarks>
internal static partial class NotebookLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loop finished")]
    public static partial void LoopFinished(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "loop started")]
    public static partial void LoopStarted(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "{Count} task(s) in the loop")]
    public static partial void Tasks(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Task}")]
    public static partial void TaskFinished(ILogger logger, Dictionary<string, object?> task);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Marking to kill {Coro}")]
    public static partial void MarkingToKill(ILogger logger, IEnumerator<Future> coro);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Will mark {Count} task(s)")]
    public static partial void WillMark(ILogger logger, int count);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "{Count} task(s) to kill")]
    public static partial void KillList(ILogger logger, int count);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Killing task {Task}")]
    public static partial void KillingTask(ILogger logger, Dictionary<string, object?> task);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Finished waiting for {Seconds:F6}, plus {Overrun:F6} seconds")]
    public static partial void FinishedWaiting(ILogger logger, double seconds, double overrun);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Start is {Start}")]
    public static partial void StartIs(ILogger logger, DateTimeOffset start);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Time elapsed {Elapsed:F6}")]
    public static partial void TimeElapsed(ILogger logger, double elapsed);
}
