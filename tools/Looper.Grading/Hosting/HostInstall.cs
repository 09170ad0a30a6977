using System.Text.Json;

namespace Looper.Grading.Hosting;

/// <summary>
/// Copy the .NET host (<c>Looper.Host.dll</c> and the files its <c>.deps.json</c> lists) out of the grader's folder into a folder of its own,
/// so the sandbox can show the host read-only while the grader's install stays hidden.
/// </summary>
internal static class HostInstall
{
    /// <summary>The host's file name.</summary>
    public const string FileName = "Looper.Host.dll";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string> Copies = new(StringComparer.Ordinal);

    /// <summary>Find the host beside the running grader.</summary>
    /// <returns>Its full path.</returns>
    /// <exception cref="InvalidOperationException">It is not there.</exception>
    public static string Beside()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"The grading host {FileName} is missing from {AppContext.BaseDirectory}. Build the project that grades (it must reference tools/Looper.Host).");
    }

    /// <summary>Get a copy of the host in a folder holding nothing else, made once per process.</summary>
    /// <param name="hostAssembly">The host's assembly, in the grader's folder.</param>
    /// <returns>The copy's assembly.</returns>
    public static string CopyOf(string hostAssembly)
    {
        lock (Gate)
        {
            if (Copies.TryGetValue(hostAssembly, out var copy) && File.Exists(copy))
            {
                return copy;
            }

            var source = Path.GetDirectoryName(Path.GetFullPath(hostAssembly))!;
            var name = Path.GetFileNameWithoutExtension(hostAssembly);
            var target = Directory.CreateTempSubdirectory("looper-host-").FullName;
            foreach (var file in FilesOf(source, name))
            {
                File.Copy(Path.Combine(source, file), Path.Combine(target, file), overwrite: true);
            }

            // Everyone may read and run it, the sandbox's unprivileged user too; nobody but the grader may change it.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            copy = Path.Combine(target, Path.GetFileName(hostAssembly));
            Copies[hostAssembly] = copy;
            return copy;
        }
    }

    private static IEnumerable<string> FilesOf(string folder, string name)
    {
        HashSet<string> files = new(StringComparer.Ordinal) { name + ".dll", name + ".runtimeconfig.json", name + ".deps.json" };
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".deps.json")));
        foreach (var target in deps.RootElement.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                if (library.Value.TryGetProperty("runtime", out var runtime))
                {
                    files.UnionWith(runtime.EnumerateObject().Select(file => Path.GetFileName(file.Name)));
                }
            }
        }

        return files.Where(file => File.Exists(Path.Combine(folder, file)));
    }
}
