using System.Text;
using Microsoft.Win32.SafeHandles;
using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write forged result lines straight to file descriptors 0, 1 and 2, past any redirection of Console, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var bytes = Encoding.UTF8.GetBytes(Tactics.ForgedLines());
        foreach (var fd in new[] { 0, 1, 2 })
        {
            Tactics.Attempt(() =>
            {
                using var stream = new FileStream(new SafeFileHandle(fd, ownsHandle: false), FileAccess.Write);
                stream.Write(bytes);
                return true;
            });
        }

        throw new InvalidOperationException("forged results on fds 0 to 2");
    }
}
