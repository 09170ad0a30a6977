using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-4", "The actionable test forgets the paused mark, so a paused task that is in progress is stepped anyway")]
internal sealed class PausedTaskSteppedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override bool IsActionable(BaselineTask task) =>
            task.Record.Status is FutureStatus.Pending or FutureStatus.InProgress && !task.Record.Kill;
    }
}
