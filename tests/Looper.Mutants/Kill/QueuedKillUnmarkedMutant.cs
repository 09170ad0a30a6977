using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-5", "Killing a task that is still queued schedules its cull without marking its record, so GetTask shows it Pending with no kill mark")]
internal sealed class QueuedKillUnmarkedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && Queued.Contains(task))
            {
                if (!KillMarked.Contains(task))
                {
                    KillMarked.Add(task);
                }

                return;
            }

            base.KillTask(coroutine);
        }

        protected override void Cull()
        {
            Queued.RemoveAll(KillMarked.Contains);
            base.Cull();
        }
    }
}
