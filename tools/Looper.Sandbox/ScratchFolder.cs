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

    /// <summary>Give everything under <paramref name="path"/> (made by the caller inside this folder) to the sandbox's user, so it may write there.</summary>
    /// <param name="path">A folder inside this one.</param>
    /// <exception cref="IOException">A file cannot be given away.</exception>
    public void GiveToSandbox(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        if (full != Path && !full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{full} is not inside the scratch folder {Path}; only what is there may be given to the sandbox.", nameof(path));
        }

        if (!Bubblewrap.IsRoot)
        {
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(full, "*", SearchOption.AllDirectories).Prepend(full))
        {
            if (Chown(entry, SandboxPolicy.NobodyId, SandboxPolicy.NobodyId) != 0)
            {
                throw new IOException($"Cannot give {entry} to nobody (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
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
