using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("LOOP-2", "KillTask takes the task out of the round's list at once, so killing a task earlier in the order shifts the list and the task after the killer loses its turn")]
internal sealed class KillLeavesRoundMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            base.KillTask(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task))
            {
                Runnable.Remove(task);
            }
        }

        protected override void RunRound()
        {
            for (var i = 0; i < Runnable.Count; i++)
            {
                var task = Runnable[i];
                if (IsActionable(task))
                {
                    Step(task);
                }
            }

            Runnable.RemoveAll(task => !IsActionable(task));
        }
    }
}
