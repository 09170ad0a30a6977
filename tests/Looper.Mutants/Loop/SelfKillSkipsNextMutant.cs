using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-2", "A task marked to be killed in its own step is removed from the round's list at once, so the task after it loses its turn in that round")]
internal sealed class SelfKillSkipsNextMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void RunRound()
        {
            for (var i = 0; i < Runnable.Count; i++)
            {
                var task = Runnable[i];
                if (IsActionable(task))
                {
                    Step(task);
                }

                if (task.Record.Kill)
                {
                    Runnable.RemoveAt(i);
                }
            }

            Runnable.RemoveAll(task => !IsActionable(task));
        }
    }
}
