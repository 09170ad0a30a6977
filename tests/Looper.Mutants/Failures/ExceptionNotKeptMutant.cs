using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Failures;

[Breaks("FAIL-1", "A coroutine that throws fails its task, but the exception is logged and not kept as the task's result")]
internal sealed class ExceptionNotKeptMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

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
                BaselineLog.TaskFailed(Logger, exception.Message, exception);
                return Future.Failed();
            }
        }
    }
}
