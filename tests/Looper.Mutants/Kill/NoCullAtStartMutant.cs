using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-8", "RunUntilComplete admits new tasks at its start but does not cull, so a task killed between runs survives a run with nothing to do")]
internal sealed class NoCullAtStartMutant : BaselineImplementation
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
                Admit();
                while (Runnable.Count > 0)
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
