using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Lookup;

[Breaks("FAIL-3", "GetTask answers null for a null coroutine instead of throwing ArgumentNullException")]
internal sealed class NullLookupMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override Future? GetTask(IEnumerator<Future> coroutine) =>
            coroutine is not null && Tasks.TryGetValue(coroutine, out var task) ? task.Record : null;
    }
}
