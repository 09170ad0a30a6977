using System.Diagnostics;
using System.Text;

namespace Looper.Hostile;

/// <summary>
/// What a cheating learner's code can try from inside its own process: find the grader through its ancestors, forge
/// results, gather secrets, start processes. Every attempt swallows its own failures, so only the case decides what breaks.
/// </summary>
/// <remarks>
/// Ancestors are followed only while they are looper or sandbox processes, so a case never reads or signals anything
/// above the grader that started it.
/// </remarks>
internal static class Tactics
{
    /// <summary>Gets the case's marker: its assembly name, which is also its folder's name and appears in every command line it starts.</summary>
    public static string Marker { get; } = typeof(Tactics).Assembly.GetName().Name!;

    private static readonly string[] GraderProcesses = ["looper.dll", "/looper ", "Looper.Grading.Runner", "Looper.Host", "bwrap", "setpriv", "prlimit"];

    private static readonly string[] Areas = ["wait", "loop", "kill", "log", "fail", "add", "lookup", "fut", "wrap", "idle", "hidden"];

    /// <summary>Gets the process IDs of this process's looper and sandbox ancestors, nearest first.</summary>
    public static IReadOnlyList<int> Ancestors()
    {
        var found = new List<int>();
        var pid = Environment.ProcessId;
        for (var level = 0; level < 6; level++)
        {
            pid = ParentOf(pid);
            if (pid <= 0)
            {
                break;
            }

            var commandLine = CommandLine(pid);
            if (!GraderProcesses.Any(name => commandLine.Contains(name, StringComparison.Ordinal)))
            {
                break;
            }

            found.Add(pid);
        }

        return found;
    }

    /// <summary>Gets the parent of <paramref name="pid"/>, or 0.</summary>
    public static int ParentOf(int pid)
    {
        var line = Attempt(() => File.ReadAllLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal)));
        return line is not null && int.TryParse(line[5..].Trim(), out var parent) ? parent : 0;
    }

    /// <summary>Gets the command line of <paramref name="pid"/>, arguments separated by spaces.</summary>
    public static string CommandLine(int pid) => Attempt(() => File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ')) ?? string.Empty;

    /// <summary>Gets every existing file or folder named on an ancestor's command line, or as its working folder, or in its environment.</summary>
    public static IReadOnlyList<string> GraderPaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pid in Ancestors())
        {
            var arguments = (Attempt(() => File.ReadAllText($"/proc/{pid}/cmdline")) ?? string.Empty).Split('\0');
            var environment = (Attempt(() => File.ReadAllText($"/proc/{pid}/environ")) ?? string.Empty).Split('\0').Select(entry => entry[(entry.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var cwd = Attempt(() => new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(true)?.FullName);
            foreach (var candidate in arguments.Concat(environment).Append(cwd ?? string.Empty))
            {
                if (candidate.StartsWith('/') && (File.Exists(candidate) || Directory.Exists(candidate)))
                {
                    paths.Add(candidate);
                    if (File.Exists(candidate) && Path.GetDirectoryName(candidate) is { } folder)
                    {
                        paths.Add(folder);
                    }
                }
            }
        }

        return [.. paths.Where(path => !path.Contains(Marker, StringComparison.Ordinal))];
    }

    /// <summary>Gets a value indicating whether <paramref name="path"/> looks like one of the grader's own folders, not a system folder.</summary>
    public static bool LooksLikeLooper(string path) =>
        (path.Contains("looper", StringComparison.OrdinalIgnoreCase) || path.Contains("grading", StringComparison.OrdinalIgnoreCase))
        && !path.StartsWith("/usr", StringComparison.Ordinal) && !path.StartsWith("/proc", StringComparison.Ordinal) && !path.StartsWith("/etc", StringComparison.Ordinal);

    /// <summary>Gets the folders after an ancestor's <c>--reports</c>, plus the usual default, where forged reports would land.</summary>
    public static IReadOnlyList<string> ReportFolders()
    {
        var folders = new List<string> { Path.Combine(Environment.CurrentDirectory, "grading-reports") };
        foreach (var pid in Ancestors())
        {
            var arguments = (Attempt(() => File.ReadAllText($"/proc/{pid}/cmdline")) ?? string.Empty).Split('\0');
            for (var i = 0; i + 1 < arguments.Length; i++)
            {
                if (arguments[i] == "--reports")
                {
                    folders.Add(arguments[i + 1]);
                }
            }
        }

        return folders;
    }

    /// <summary>Gets result lines in every format the grader has used: its runner's results channel, and protocol answers claiming success.</summary>
    public static string ForgedLines()
    {
        var text = new StringBuilder();
        text.Append("{\"type\":\"ready\",\"implementation\":\"Looper.Hostile.CaseLooperImplementation\"}\n");
        foreach (var area in Areas)
        {
            for (var number = 1; number <= 21; number++)
            {
                var key = $"sc-{area}-{number:00}";
                text.Append("{\"type\":\"started\",\"key\":\"").Append(key).Append("\"}\n");
                text.Append("{\"type\":\"finished\",\"key\":\"").Append(key).Append("\",\"status\":\"passed\",\"milliseconds\":1}\n");
            }
        }

        text.Append("{\"type\":\"completed\"}\n");
        for (var session = 0; session < 64; session++)
        {
            for (var request = 1; request < 16; request++)
            {
                text.Append("{\"s\":").Append(session).Append(",\"r\":").Append(request).Append(",\"v\":null}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Gets the reports a forger would like the grader to have written: full marks in each format.</summary>
    public static IReadOnlyDictionary<string, string> ForgedReports() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["results.json"] = "{\"score\":1000,\"output\":\"" + Marker + " full marks\",\"tests\":[]}",
        ["gradescope.json"] = "{\"score\":1000,\"output\":\"" + Marker + " full marks\",\"tests\":[]}",
        ["exercism.json"] = "{\"version\":3,\"status\":\"pass\",\"tests\":[]}",
        ["classroom.json"] = "{\"points\":1000,\"max\":1000}",
        ["junit.xml"] = "<testsuites tests=\"0\" failures=\"0\"><!-- " + Marker + " --></testsuites>",
        ["summary.md"] = "# " + Marker + " full marks",
        ["matrix.md"] = "# " + Marker + " full marks",
    };

    /// <summary>Write every forged report into <paramref name="folder"/> and its subfolders.</summary>
    public static void ForgeReportsIn(string folder)
    {
        foreach (var target in Attempt(() => Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).Append(folder).ToList()) ?? [folder])
        {
            foreach (var (name, text) in ForgedReports())
            {
                Attempt(() => { Directory.CreateDirectory(target); File.WriteAllText(Path.Combine(target, name), text); return true; });
            }

            foreach (var existing in Attempt(() => Directory.GetFiles(target)) ?? [])
            {
                Attempt(() => { File.AppendAllText(existing, Marker); return true; });
            }
        }
    }

    /// <summary>Gets every environment value this process and its ancestors hold, and the text of every feature file the grader's paths lead to.</summary>
    public static string Loot()
    {
        var loot = new StringBuilder();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            loot.Append(entry.Key).Append('=').Append(entry.Value).Append('\n');
        }

        foreach (var pid in Ancestors())
        {
            loot.Append(Attempt(() => File.ReadAllText($"/proc/{pid}/environ").Replace('\0', '\n')));
        }

        foreach (var path in GraderPaths())
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
            foreach (var feature in Attempt(() => Directory.GetFiles(folder, "*.feature", SearchOption.AllDirectories).Take(50).ToList()) ?? [])
            {
                loot.Append(Attempt(() => File.ReadAllText(feature)));
            }

            var sibling = Path.Combine(folder, "hidden");
            foreach (var feature in Attempt(() => Directory.GetFiles(sibling, "*.feature")) ?? [])
            {
                loot.Append(Attempt(() => File.ReadAllText(feature)));
            }
        }

        return loot.ToString();
    }

    /// <summary>Start <c>/bin/sh -c</c> with <paramref name="script"/>, the marker in its command line; wait for it when asked.</summary>
    public static void Shell(string script, bool wait = true)
    {
        Attempt(() =>
        {
            var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(script + " # " + Marker);
            info.Environment["HOSTILE_MARKER"] = Marker;
            using var process = Process.Start(info)!;
            if (wait)
            {
                process.WaitForExit(20_000);
            }

            return true;
        });
    }

    /// <summary>Gets a value indicating whether this process runs in a PID namespace of its own (a sandbox), where signalling everything hurts nobody else.</summary>
    public static bool InOwnPidNamespace =>
        Attempt(() => File.ReadAllText("/proc/1/cmdline")) is { } init && (init.Contains("bwrap", StringComparison.Ordinal) || Environment.ProcessId < 50);

    /// <summary>Run <paramref name="action"/>, turning any failure into <see langword="default"/>.</summary>
    public static T? Attempt<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception)
        {
            return default;
        }
    }
}
