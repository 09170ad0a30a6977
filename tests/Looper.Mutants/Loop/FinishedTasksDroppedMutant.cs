using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-6", "A task that finishes or fails is dropped from the looper at once, so its result cannot be read afterwards")]
internal sealed class FinishedTasksDroppedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Step(BaselineTask task)
        {
            base.Step(task);
            if (task.Record.Status is FutureStatus.Finished or FutureStatus.Failed)
            {
                Tasks.Remove(task.Coroutine);
            }
        }
    }
}
