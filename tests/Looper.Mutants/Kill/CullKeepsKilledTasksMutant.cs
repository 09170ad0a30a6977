using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-3", "The cull takes the coroutine away from killed tasks but leaves the tasks in the looper, so the next lookup throws KeyNotFoundException", Erratum = "E2")]
internal sealed class CullKeepsKilledTasksMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    /// <remarks>
    /// As in the notebook, a culled task stays in the loop without its coroutine, and every lookup that walks the
    /// loop trips over it. (Leaving the task findable instead would make a wrapper whose wait was killed wait forever.)
    /// </remarks>
    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        private readonly List<BaselineTask> _culled = [];

        public override Future? GetTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            ThrowIfAnyTaskLostItsCoroutine();
            return base.GetTask(coroutine);
        }

        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            ThrowIfAnyTaskLostItsCoroutine();
            base.KillTask(coroutine);
        }

        protected override void Cull()
        {
            foreach (var task in KillMarked)
            {
                BaselineLog.KillingTask(Logger, task.Record);
                Release(task.Coroutine);
                _culled.Add(task);
            }

            KillMarked.Clear();
        }

        private void ThrowIfAnyTaskLostItsCoroutine()
        {
            if (_culled.Count > 0)
            {
                throw new KeyNotFoundException("The given key 'coro' was not present in the dictionary.");
            }
        }
    }
}
