using System.Text;
using Microsoft.Win32.SafeHandles;
using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write forged result lines to every pipe, socket and FIFO under /proc/self/fd, the results channel among them if it is there, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var bytes = Encoding.UTF8.GetBytes(Tactics.ForgedLines());
        foreach (var entry in Tactics.Attempt(() => Directory.GetFileSystemEntries("/proc/self/fd")) ?? [])
        {
            var target = Tactics.Attempt(() => new FileInfo(entry).LinkTarget) ?? string.Empty;
            if (!int.TryParse(Path.GetFileName(entry), out var fd) || !(target.StartsWith("pipe:", StringComparison.Ordinal) || target.StartsWith("socket:", StringComparison.Ordinal) || target.Contains("fifo", StringComparison.OrdinalIgnoreCase) || target.Contains("pipe", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            Tactics.Attempt(() =>
            {
                using var stream = new FileStream(new SafeFileHandle(fd, ownsHandle: false), FileAccess.Write);
                stream.Write(bytes);
                return true;
            });
            Tactics.Attempt(() => { File.AppendAllText(entry, Tactics.ForgedLines()); return true; });
        }

        throw new InvalidOperationException("forged results on every inherited pipe and socket");
    }
}
