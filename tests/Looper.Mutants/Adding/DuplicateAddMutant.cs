using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-6", "Adding a coroutine that a task already holds is accepted and creates a second task for it")]
internal sealed class DuplicateAddMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void AddTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            var task = new BaselineTask(coroutine);
            Tasks[coroutine] = task;
            Queued.Add(task);
        }
    }
}
