using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-7", "To save work the looper skips storing a future that equals the record in all but its kill mark, so a kill mark yielded on a repeated future is lost")]
internal sealed class RepeatedFutureNotStoredMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Step(BaselineTask task)
        {
            var next = Advance(task);
            if (next.Kill && !task.Record.Kill)
            {
                KillMarked.Add(task);
            }

            var stored = task.Record.Kill ? next with { Kill = true } : next;
            if (stored with { Kill = task.Record.Kill } != task.Record)
            {
                task.Record = stored;
            }
        }
    }
}
