using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Adding;

[Breaks("ADD-3", "The queue is admitted last in, first out, so tasks added together join in reverse order")]
internal sealed class ReversedAdmissionMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Admit()
        {
            for (var i = Queued.Count - 1; i >= 0; i--)
            {
                Runnable.Add(Queued[i]);
            }

            Queued.Clear();
        }
    }
}
