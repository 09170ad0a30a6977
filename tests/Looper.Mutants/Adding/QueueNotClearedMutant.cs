using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-2", "Admission empties the queue only when the loop was empty, so a task added while others run is admitted again after every round")]
internal sealed class QueueNotClearedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Admit()
        {
            if (Runnable.Count == 0)
            {
                Runnable.AddRange(Queued);
                Queued.Clear();
                return;
            }

            Runnable.AddRange(Queued);
        }
    }
}
