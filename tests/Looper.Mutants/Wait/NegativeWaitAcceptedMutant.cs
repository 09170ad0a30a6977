using Microsoft.Extensions.Logging;
using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wait;

[Breaks("WAIT-7", "A negative duration is accepted, like the notebook's float seconds, and the wait finishes at its second step", Erratum = "E9")]
internal sealed class NegativeWaitAcceptedMutant : BaselineImplementation
{
    public override IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return RunWait(duration, timeProvider, logger);
    }
}
