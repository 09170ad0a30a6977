using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Logs;

[Breaks("LOG-3", "A task that throws is logged at Error with the exception's message only, not with the exception attached")]
internal sealed partial class ErrorWithoutExceptionMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Task failed: {Reason}")]
    private static partial void TaskFailed(ILogger logger, string reason);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override Future Advance(BaselineTask task)
        {
            try
            {
                return task.Coroutine.MoveNext() ? task.Coroutine.Current : Future.Failed();
            }
            catch (Exception exception)
            {
                TaskFailed(Logger, exception.Message);
                return Future.Failed(exception);
            }
        }
    }
}
