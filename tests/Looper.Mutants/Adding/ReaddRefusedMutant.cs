using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-6", "The looper remembers every coroutine it was ever given, so one whose task was killed and culled cannot be added again")]
internal sealed class ReaddRefusedMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        private readonly HashSet<IEnumerator<Future>> _seen = new(ReferenceEqualityComparer.Instance);

        public override void AddTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (!_seen.Add(coroutine))
            {
                throw new InvalidOperationException("This coroutine was added before.");
            }

            base.AddTask(coroutine);
        }
    }
}
