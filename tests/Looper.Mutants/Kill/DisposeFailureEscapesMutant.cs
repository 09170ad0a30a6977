using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-4", "An exception from disposing a culled coroutine is not caught, so it escapes RunUntilComplete")]
internal sealed class DisposeFailureEscapesMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Release(IEnumerator<Future> coroutine) => coroutine.Dispose();
    }
}
