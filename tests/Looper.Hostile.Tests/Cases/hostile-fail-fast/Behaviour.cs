using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>End the process with <c>Environment.FailFast</c> in the middle of a scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => Environment.FailFast(Tactics.Marker + " gives up");
}
