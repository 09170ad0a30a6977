using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write short lines to standard error for ever, without calling anything, so the wait is never handed back.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var chunk = string.Concat(Enumerable.Repeat(new string('e', 79) + "\n", 1 << 14));
        var rounds = 0L;
        while (rounds >= 0)
        {
            Console.Error.Write(chunk);
            rounds = (rounds + 1) % long.MaxValue;
        }
    }
}
