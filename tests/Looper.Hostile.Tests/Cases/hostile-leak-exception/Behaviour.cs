using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Fail the scenario with an exception whose message holds every environment value and hidden scenario it can reach.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => throw new InvalidOperationException(Tactics.Loot());
}
