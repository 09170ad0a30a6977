using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write 64 MB to standard error in short lines; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var chunk = string.Concat(Enumerable.Repeat(new string('z', 79) + "\n", 1 << 14));
        for (var i = 0; i < 50; i++)
        {
            Console.Error.Write(chunk);
        }

        Console.Error.Flush();
    }
}
