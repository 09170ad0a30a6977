using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Futures;

[Breaks("FUT-2", "Admission records each task it moves into the loop as InProgress, so a task admitted but not stepped yet no longer shows Pending")]
internal sealed class AdmittedInProgressMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Admit()
        {
            foreach (var task in Queued)
            {
                task.Record = task.Record with { Status = FutureStatus.InProgress };
                Runnable.Add(task);
            }

            Queued.Clear();
        }
    }
}
