using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Lookup;

[Breaks("LOOKUP-1", "Tasks are indexed with the default equality comparer, so a coroutine that merely equals another finds its task")]
internal sealed class EqualityLookupMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BaselineLooper(logger, EqualityComparer<IEnumerator<Future>>.Default);
}
