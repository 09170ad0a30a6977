using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Logs;

[Breaks("LOG-2", "RunUntilComplete returns early without logging \"Loop finished\" when it has nothing to run")]
internal sealed class SilentEmptyRunMutant : BaselineImplementation
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
                if (Runnable.Count == 0)
                {
                    return;
                }

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
