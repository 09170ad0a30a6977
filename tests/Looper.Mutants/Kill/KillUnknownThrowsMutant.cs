using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-6", "KillTask reads the task with the dictionary's indexer, so killing a coroutine it does not hold throws KeyNotFoundException")]
internal sealed class KillUnknownThrowsMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            var task = Tasks[coroutine];
            if (!task.Record.Kill)
            {
                task.Record = task.Record with { Kill = true };
                KillMarked.Add(task);
            }
        }
    }
}
