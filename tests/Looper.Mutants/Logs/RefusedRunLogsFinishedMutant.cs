using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Logs;

[Breaks("LOG-2", "RunUntilComplete logs \"Loop finished\" in a finally block around its whole body, so a call refused because the loop is running logs it too")]
internal sealed class RefusedRunLogsFinishedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void RunUntilComplete()
        {
            try
            {
                if (Running)
                {
                    throw new InvalidOperationException("The loop is already running.");
                }

                Running = true;
                try
                {
                    CullAndAdmit();
                    BaselineLog.LoopStarted(Logger, Runnable.Count);
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
            }
            finally
            {
                BaselineLog.LoopFinished(Logger);
            }
        }
    }
}
