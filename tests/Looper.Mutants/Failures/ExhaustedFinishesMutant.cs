using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Failures;

[Breaks("FAIL-2", "A coroutine that is exhausted finishes its task with no result instead of failing it", Erratum = "E1")]
internal sealed class ExhaustedFinishesMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override Future Advance(BaselineTask task)
        {
            try
            {
                return task.Coroutine.MoveNext() ? task.Coroutine.Current : Future.Finished(null);
            }
            catch (Exception exception)
            {
                BaselineLog.TaskFailed(Logger, exception.Message, exception);
                return Future.Failed(exception);
            }
        }
    }
}
