using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Run <c>kill -9</c> on its parent process from a shell, then fail the scenario (if it is still alive).</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        Tactics.Shell($"kill -9 {Tactics.ParentOf(Environment.ProcessId)}");
        throw new InvalidOperationException("killed its parent");
    }
}
