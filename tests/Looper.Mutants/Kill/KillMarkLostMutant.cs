using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-2", "Stepping a task replaces its record outright, so a kill mark set while the task was being stepped is lost", Erratum = "E4")]
internal sealed class KillMarkLostMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Step(BaselineTask task)
        {
            var next = Advance(task);
            task.Record = next;
            if (next.Kill)
            {
                KillMarked.Add(task);
            }
        }
    }
}
