using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Throw on a thread of its own during the scenario, which ends the process.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var thread = new Thread(() => throw new InvalidOperationException(Tactics.Marker + " crashed its own thread")) { IsBackground = true };
        thread.Start();
        thread.Join();
        throw new InvalidOperationException("outlived a crash on another thread");
    }
}
