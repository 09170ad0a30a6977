using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-1", "The loop runs rounds only while more than one task can act, so a lone task is never stepped")]
internal sealed class OffByOneLoopMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void RunUntilComplete()
        {
            if (Running)
            {
                throw new InvalidOperationException("The loop is already running.");
            }

            Running = true;
            try
            {
                CullAndAdmit();
                while (Runnable.Count > 1)
                {
                    RunRound();
                    CullAndAdmit();
                }
            }
            finally
            {
                Running = false;
            }

            BaselineLog.LoopFinished(Logger);
        }
    }
}
