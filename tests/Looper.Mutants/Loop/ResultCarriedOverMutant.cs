using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-3", "Stepping a task merges the new future into the old record, keeping the old result when the new future has none")]
internal sealed class ResultCarriedOverMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Step(BaselineTask task)
        {
            var previous = task.Record.Result;
            base.Step(task);
            if (task.Record.Result is null)
            {
                task.Record = task.Record with { Result = previous };
            }
        }
    }
}
