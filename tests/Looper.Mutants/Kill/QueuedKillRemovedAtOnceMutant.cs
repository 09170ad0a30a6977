using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-5", "Killing a task that is still queued removes and disposes it at once instead of at the next cull, so GetTask finds nothing where it should show Pending with the kill mark")]
internal sealed class QueuedKillRemovedAtOnceMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && Queued.Remove(task))
            {
                Tasks.Remove(coroutine);
                Release(coroutine);
                return;
            }

            base.KillTask(coroutine);
        }
    }
}
