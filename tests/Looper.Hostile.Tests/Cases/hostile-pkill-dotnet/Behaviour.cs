using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Run <c>pkill -9 dotnet</c>; outside a PID namespace of its own it kills only its looper ancestors, so a machine without a sandbox survives the test.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        Tactics.Shell(Tactics.InOwnPidNamespace ? "pkill -9 dotnet; pkill -9 -f looper" : "kill -9 " + string.Join(' ', Tactics.Ancestors()));
        throw new InvalidOperationException("killed every dotnet");
    }
}
