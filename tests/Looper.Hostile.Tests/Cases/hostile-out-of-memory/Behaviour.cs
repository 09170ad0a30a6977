using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Allocate and touch memory 64 MB at a time until the process runs out (at most 8 GB, more than any sandbox allows), then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var hoard = new List<byte[]>();
        for (var i = 0; i < 128; i++)
        {
            var block = new byte[64 << 20];
            for (var page = 0; page < block.Length; page += 4096)
            {
                block[page] = 1;
            }

            hoard.Add(block);
        }

        throw new InvalidOperationException($"still alive after {hoard.Count} blocks");
    }
}
