using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write 64 MB to standard output, with no line breaks in places; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var chunk = new string('y', 1 << 20);
        for (var i = 0; i < 64; i++)
        {
            Console.Out.Write(chunk);
            Console.Out.Write(i % 8 == 0 ? "\n" : string.Empty);
        }

        Console.Out.Flush();
    }
}
