using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Start <c>sleep 600</c> in a shell and leave it running; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => Tactics.Shell("sleep 600; true", wait: false);
}
