using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-4", "The actionable test looks only at the paused and kill marks, so a finished or failed task that is not paused is stepped again")]
internal sealed class StatusIgnoredMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override bool IsActionable(BaselineTask task) => !task.Record.Paused && !task.Record.Kill;
    }
}
