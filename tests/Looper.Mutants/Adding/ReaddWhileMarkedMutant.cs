using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-6", "The duplicate check treats a task marked to be killed as already gone, so its coroutine can be added again before the cull")]
internal sealed class ReaddWhileMarkedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void AddTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var existing) && !existing.Record.Kill)
            {
                throw new InvalidOperationException("A task already holds this coroutine.");
            }

            var task = new BaselineTask(coroutine);
            Tasks[coroutine] = task;
            Queued.Add(task);
        }
    }
}
