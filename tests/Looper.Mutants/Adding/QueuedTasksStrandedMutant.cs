using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-5", "After a round the loop checks for actionable tasks before it admits the queue, so it ends while queued tasks could still act")]
internal sealed class QueuedTasksStrandedMutant : BaselineImplementation
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
                while (Runnable.Count > 0)
                {
                    RunRound();
                    Cull();
                    if (Runnable.Count == 0)
                    {
                        break;
                    }

                    Admit();
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
