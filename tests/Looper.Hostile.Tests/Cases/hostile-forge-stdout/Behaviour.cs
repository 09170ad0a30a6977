using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Print result lines in the runner's and the protocol's formats on standard output, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        Console.Out.Write(Tactics.ForgedLines());
        Console.Out.Flush();
        throw new InvalidOperationException("forged results on stdout");
    }
}
