using System.Runtime.InteropServices;

namespace Looper.Sandbox;

/// <summary>A private, empty folder the sandboxed user may write, deleted with everything in it on dispose.</summary>
internal sealed partial class ScratchFolder : IDisposable
{
    private ScratchFolder(string path) => Path = path;

    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; }

    /// <summary>Make a new scratch folder under the system's temporary folder.</summary>
    /// <returns>The folder, owned by nobody when the caller is root (so the sandbox's user can write it).</returns>
    public static ScratchFolder Create()
    {
        var path = Directory.CreateTempSubdirectory("looper-scratch-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            if (Bubblewrap.IsRoot && Chown(path, SandboxPolicy.NobodyId, SandboxPolicy.NobodyId) != 0)
            {
                throw new IOException($"Cannot give the scratch folder {path} to nobody (errno {Marshal.GetLastPInvokeError()}).");
            }
        }

        return new ScratchFolder(path);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temporary-file cleanup; nothing in it is the grader's.
        }
    }

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Chown(string path, int owner, int group);
}
