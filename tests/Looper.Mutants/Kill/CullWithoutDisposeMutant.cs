using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Kill;

[Breaks("KILL-4", "The cull drops a killed task without disposing its coroutine, so its finally blocks never run", Erratum = "E3")]
internal sealed class CullWithoutDisposeMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void Release(IEnumerator<Future> coroutine)
        {
        }
    }
}
