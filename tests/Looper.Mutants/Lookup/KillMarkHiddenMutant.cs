using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Lookup;

[Breaks("LOOKUP-4", "Kill marks are kept in a list apart from the task's record, so GetTask never shows that a task is marked to be killed")]
internal sealed class KillMarkHiddenMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && !KillMarked.Contains(task))
            {
                KillMarked.Add(task);
            }
        }

        protected override bool IsActionable(BaselineTask task) => base.IsActionable(task) && !KillMarked.Contains(task);

        protected override void Cull()
        {
            foreach (var task in KillMarked)
            {
                Tasks.Remove(task.Coroutine);
                Release(task.Coroutine);
            }

            Runnable.RemoveAll(KillMarked.Contains);
            Queued.RemoveAll(KillMarked.Contains);
            KillMarked.Clear();
        }
    }
}
