using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-5", "KillTask looks only at admitted tasks, so killing a task still in the queue does nothing", Erratum = "E5")]
internal sealed class KillIgnoresQueueMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && !Queued.Contains(task) && !task.Record.Kill)
            {
                task.Record = task.Record with { Kill = true };
                KillMarked.Add(task);
            }
        }
    }
}
