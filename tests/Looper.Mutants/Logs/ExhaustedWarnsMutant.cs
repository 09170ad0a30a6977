using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Logs;

[Breaks("LOG-4", "A task whose coroutine runs out of futures is logged at Warning, so a run without exceptions logs above Debug")]
internal sealed partial class ExhaustedWarnsMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "A coroutine ended while its task could still act")]
    private static partial void LogEnded(ILogger logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override Future Advance(BaselineTask task)
        {
            var next = base.Advance(task);
            if (next is { Status: FutureStatus.Failed, Result: null })
            {
                LogEnded(Logger);
            }

            return next;
        }
    }
}
