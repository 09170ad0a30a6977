using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-1", "A task added while the loop runs joins the round in progress instead of the queue", Erratum = "E6")]
internal sealed class AddJoinsRoundMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void AddTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            var task = new BaselineTask(coroutine);
            if (!Tasks.TryAdd(coroutine, task))
            {
                throw new InvalidOperationException("A task already holds this coroutine.");
            }

            (Running ? Runnable : Queued).Add(task);
        }
    }
}
