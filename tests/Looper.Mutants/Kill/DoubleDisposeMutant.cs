using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-6", "KillTask does not check for an existing mark, so a task killed twice is culled, and its coroutine disposed, twice")]
internal sealed class DoubleDisposeMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task))
            {
                task.Record = task.Record with { Kill = true };
                KillMarked.Add(task);
            }
        }
    }
}
