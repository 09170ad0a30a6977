using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-2", "The actionable test ignores the kill mark, so a task killed earlier in the round is still stepped when its turn comes", Erratum = "E4")]
internal sealed class KilledTaskSteppedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override bool IsActionable(BaselineTask task) =>
            task.Record.Status is FutureStatus.Pending or FutureStatus.InProgress && !task.Record.Paused;
    }
}
