using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Print a forged "completed" on every standard stream and end the process with exit code 0, as if the run had finished.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        Console.Out.Write(Tactics.ForgedLines());
        Console.Error.Write(Tactics.ForgedLines());
        Console.Out.Flush();
        Environment.Exit(0);
    }
}
