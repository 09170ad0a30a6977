using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Send SIGKILL to every looper and sandbox ancestor, nearest last, then fail the scenario (if it is still alive).</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        foreach (var pid in Tactics.Ancestors().Reverse())
        {
            Tactics.Shell($"kill -9 {pid}");
        }

        throw new InvalidOperationException("killed its ancestors");
    }
}
