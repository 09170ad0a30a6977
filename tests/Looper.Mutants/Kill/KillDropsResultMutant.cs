using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-8", "KillTask builds the marked record from the old one's status and paused mark only, so a finished or failed task loses its result as soon as it is killed")]
internal sealed class KillDropsResultMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && !task.Record.Kill)
            {
                task.Record = new Future { Status = task.Record.Status, Paused = task.Record.Paused, Kill = true };
                KillMarked.Add(task);
            }
        }
    }
}
