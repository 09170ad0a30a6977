using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Looper.Host;

/// <summary>Move the protocol channel off the standard streams before learner code runs (spec/protocol.md section 3).</summary>
/// <remarks>
/// The judge starts the host with the channel on fds 0 and 1. On Unix the host copies them to new descriptors,
/// points fd 0 at /dev/null and fd 1 at fd 2 (and <see cref="LearnerOutput"/> points <see cref="Console.Out"/> at
/// standard error), so whatever the learner's code reads or writes through the standard streams, even by descriptor
/// number, never touches the channel.
/// </remarks>
internal static partial class ProtocolChannel
{
    /// <summary>Take the channel.</summary>
    /// <returns>The incoming and the outgoing stream.</returns>
    public static (Stream Input, Stream Output) Take()
    {
        if (OperatingSystem.IsWindows())
        {
            var input = Console.OpenStandardInput();
            var output = Console.OpenStandardOutput();
            Console.SetIn(TextReader.Null);
            return (input, output);
        }

        var inFd = Check(Dup(0), "dup(0)");
        var outFd = Check(Dup(1), "dup(1)");
        using (var devNull = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.Read))
        {
            Check(Dup2((int)devNull.DangerousGetHandle(), 0), "dup2(/dev/null, 0)");
        }

        Check(Dup2(2, 1), "dup2(2, 1)");
        Console.SetIn(TextReader.Null);
        return (
            new FileStream(new SafeFileHandle(inFd, ownsHandle: true), FileAccess.Read, bufferSize: 0),
            new FileStream(new SafeFileHandle(outFd, ownsHandle: true), FileAccess.Write, bufferSize: 0));
    }

    private static int Check(int result, string call) =>
        result >= 0 ? result : throw new IOException($"{call} failed with errno {Marshal.GetLastPInvokeError()}; the host cannot protect its channel.");

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int fd, int target);
}
