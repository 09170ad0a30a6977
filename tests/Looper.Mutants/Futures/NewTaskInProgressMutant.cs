using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Futures;

[Breaks("FUT-2", "A task just added is recorded as InProgress instead of Pending")]
internal sealed class NewTaskInProgressMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void AddTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            var task = new BaselineTask(coroutine) { Record = Future.InProgress };
            if (!Tasks.TryAdd(coroutine, task))
            {
                throw new InvalidOperationException("A task already holds this coroutine.");
            }

            Queued.Add(task);
        }
    }
}
