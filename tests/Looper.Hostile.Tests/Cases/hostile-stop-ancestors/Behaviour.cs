using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Send SIGSTOP to every looper and sandbox ancestor (freezing a grader that waits on it), then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        foreach (var pid in Tactics.Ancestors())
        {
            Tactics.Shell($"kill -STOP {pid}");
        }

        throw new InvalidOperationException("stopped its ancestors");
    }
}
