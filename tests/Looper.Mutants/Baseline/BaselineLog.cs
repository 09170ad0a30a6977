using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Baseline;

/// <summary>
/// Write the baseline looper's log lines, as the reference does.
/// </summary>
internal static partial class BaselineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loop finished")]
    public static partial void LoopFinished(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Task failed: {Reason}")]
    public static partial void TaskFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Loop started with {Count} runnable task(s)")]
    public static partial void LoopStarted(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Marking to kill: {Task}")]
    public static partial void MarkingToKill(ILogger logger, Future task);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Killing task: {Task}")]
    public static partial void KillingTask(ILogger logger, Future task);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Disposing a culled coroutine failed: {Reason}")]
    public static partial void DisposeFailed(ILogger logger, string reason, Exception exception);
}
