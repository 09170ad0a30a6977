using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Start a foreground thread that never ends, so the process cannot exit on its own; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1_000);
            }
        })
        { IsBackground = false, Name = Tactics.Marker };
        thread.Start();
    }
}
