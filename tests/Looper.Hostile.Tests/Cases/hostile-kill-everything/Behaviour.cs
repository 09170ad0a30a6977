using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Run <c>kill -9 -1</c>, every process it may signal; outside a PID namespace of its own it kills only its looper ancestors, so a machine without a sandbox survives the test.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        Tactics.Shell(Tactics.InOwnPidNamespace ? "kill -9 -1" : "kill -9 " + string.Join(' ', Tactics.Ancestors()));
        throw new InvalidOperationException("signalled every process");
    }
}
