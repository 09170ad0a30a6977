using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-8", "Killing a task that can no longer act removes and disposes it at once instead of at the next cull, so its result vanishes before the cull")]
internal sealed class FinishedKillRemovedAtOnceMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && !Queued.Contains(task) && !IsActionable(task))
            {
                Tasks.Remove(coroutine);
                Runnable.Remove(task);
                Release(coroutine);
                return;
            }

            base.KillTask(coroutine);
        }
    }
}
