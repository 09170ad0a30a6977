using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-8", "RunUntilComplete has no guard against being called while it runs, so a task can start a nested loop")]
internal sealed class ReentrantRunMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void RunUntilComplete()
        {
            CullAndAdmit();
            while (Runnable.Count > 0)
            {
                RunRound();
                CullAndAdmit();
            }

            BaselineLog.LoopFinished(Logger);
        }
    }
}
