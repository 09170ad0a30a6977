namespace Looper.Hostile.Tests;

/// <summary>Find what a case left behind: live processes that carry its marker, and files named after it in shared folders.</summary>
internal static class Leftovers
{
    private static readonly string[] StartupFiles = [".bashrc", ".profile"];

    /// <summary>This test process and its ancestors (dotnet test, whose command line may name a case in its filter).</summary>
    private static readonly Lazy<HashSet<int>> Ancestry = new(() =>
    {
        var pids = new HashSet<int>();
        for (var pid = Environment.ProcessId; pid > 0 && pids.Add(pid);)
        {
            var line = Read($"/proc/{pid}/status").Split('\n').FirstOrDefault(entry => entry.StartsWith("PPid:", StringComparison.Ordinal));
            pid = line is not null && int.TryParse(line[5..].Trim(), out var parent) ? parent : 0;
        }

        return pids;
    });

    private static HashSet<int> Mine => Ancestry.Value;

    /// <summary>Gets the processes whose command line or environment holds <paramref name="marker"/>, waiting up to a few seconds for dying ones to go.</summary>
    /// <returns>One line per survivor: its ID and command line.</returns>
    public static async Task<IReadOnlyList<string>> ProcessesAsync(string marker)
    {
        var survivors = Scan(marker);
        for (var attempt = 0; attempt < 30 && survivors.Count > 0; attempt++)
        {
            // Not a timing assertion: a process killed an instant ago may still be listed until its parent reaps it.
            await Task.Delay(100);
            survivors = Scan(marker);
        }

        return survivors;
    }

    /// <summary>Kill every process that carries <paramref name="marker"/>, so one failed case does not disturb the others.</summary>
    public static void Kill(string marker)
    {
        foreach (var pid in Pids(marker))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            catch (InvalidOperationException)
            {
                // Same as above.
            }
        }
    }

    /// <summary>Gets the files and folders named after <paramref name="marker"/> in the shared temporary folders and the home folder.</summary>
    public static IReadOnlyList<string> Files(string marker, params string[] alsoIn)
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? "/root";
        string[] folders = ["/tmp", "/var/tmp", "/dev/shm", Path.GetTempPath(), home, Path.Combine(home, ".dotnet"), Path.Combine(home, ".nuget"), .. alsoIn];
        var found = folders.Distinct(StringComparer.Ordinal).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFileSystemEntries(folder, "*" + marker + "*"))
            .ToList();
        foreach (var startup in StartupFiles.Select(name => Path.Combine(home, name)).Where(File.Exists))
        {
            if (File.ReadAllText(startup).Contains(marker, StringComparison.Ordinal))
            {
                found.Add(startup + " (changed)");
            }
        }

        return found;
    }

    private static List<string> Scan(string marker) =>
        [.. Pids(marker).Select(pid => $"{pid}: {Read($"/proc/{pid}/cmdline").Replace('\0', ' ')}")];

    private static List<int> Pids(string marker)
    {
        var pids = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || Mine.Contains(pid))
            {
                continue;
            }

            var status = Read($"/proc/{pid}/status");
            if (status.Contains("\nState:\tZ", StringComparison.Ordinal) || status.Length == 0)
            {
                continue; // a zombie has ended; only its parent's bookkeeping is left
            }

            if (Read($"/proc/{pid}/cmdline").Contains(marker, StringComparison.Ordinal)
                || Read($"/proc/{pid}/environ").Contains("HOSTILE_MARKER=" + marker, StringComparison.Ordinal))
            {
                pids.Add(pid);
            }
        }

        return pids;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
