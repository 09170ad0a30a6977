using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Failures;

[Breaks("FAIL-1", "Nothing catches an exception a coroutine throws, so it escapes RunUntilComplete and stops every other task", Erratum = "E8")]
internal sealed class ExceptionEscapesMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override Future Advance(BaselineTask task) =>
            task.Coroutine.MoveNext() ? task.Coroutine.Current : Future.Failed();
    }
}
