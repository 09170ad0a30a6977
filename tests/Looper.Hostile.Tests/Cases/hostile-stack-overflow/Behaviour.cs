using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Recurse until the stack overflows, which ends the process.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => Deeper(1);

    private static int Deeper(int depth) => Deeper(depth + 1) + depth;
}
