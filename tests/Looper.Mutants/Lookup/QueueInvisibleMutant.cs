using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Lookup;

[Breaks("LOOKUP-2", "GetTask looks only at admitted tasks, so a task still waiting in the queue is not found")]
internal sealed class QueueInvisibleMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override Future? GetTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            return Tasks.TryGetValue(coroutine, out var task) && !Queued.Contains(task) ? task.Record : null;
        }
    }
}
