using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Print result lines in the runner's and the protocol's formats on standard error, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        Console.Error.Write(Tactics.ForgedLines());
        Console.Error.Flush();
        throw new InvalidOperationException("forged results on stderr");
    }
}
