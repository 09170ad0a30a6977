using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-2", "Admission puts each new task at the front of the loop, so rounds step the newest task first")]
internal sealed class NewestFirstMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Admit()
        {
            foreach (var task in Queued)
            {
                Runnable.Insert(0, task);
            }

            Queued.Clear();
        }
    }
}
