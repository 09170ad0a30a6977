using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-7", "A kill mark that a coroutine yields itself never reaches the cull, so its task is never removed")]
internal sealed class YieldedKillIgnoredMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Step(BaselineTask task)
        {
            var next = Advance(task);
            task.Record = task.Record.Kill ? next with { Kill = true } : next;
        }
    }
}
