using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Looper.Sandbox;

/// <summary>Wrap commands in bubblewrap (<c>bwrap</c>, Debian's <c>bubblewrap</c> package) according to a <see cref="SandboxPolicy"/>.</summary>
internal static partial class Bubblewrap
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Gets a value indicating whether this process runs as root, so the sandbox first drops to nobody.</summary>
    public static bool IsRoot => !OperatingSystem.IsWindows() && GetEuid() == 0;

    /// <summary>Gets why no sandbox can be had here, or null when bubblewrap works.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    /// <summary>Find a program on PATH.</summary>
    /// <param name="name">The program's name.</param>
    /// <returns>Its full path, or null.</returns>
    public static string? Locate(string name) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Wrap a command so it runs sandboxed.</summary>
    /// <param name="command">The command; its working directory, if any, must be visible in the sandbox.</param>
    /// <param name="policy">What the command may see and use.</param>
    /// <returns>The command to start instead; it ends, with everything it started, when the caller's process ends.</returns>
    /// <exception cref="SandboxUnavailableException">bubblewrap is missing or cannot make namespaces here.</exception>
    public static CommandLine Wrap(CommandLine command, SandboxPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(policy);
        return WhyUnavailable is { } why ? throw new SandboxUnavailableException(why) : Build(command, policy);
    }

    private static CommandLine Build(CommandLine command, SandboxPolicy policy)
    {
        var scratch = policy.Scratch.Path;
        List<string> args = [];
        if (!IsRoot)
        {
            // Unprivileged: a user namespace of its own, where the command is nobody.
            args.AddRange(["--unshare-user", "--uid", $"{SandboxPolicy.NobodyId}", "--gid", $"{SandboxPolicy.NobodyId}"]);
        }

        // As root, bwrap itself runs as root, so it can show folders only root may open (the NuGet cache under /root);
        // inside, setpriv makes the command the real nobody, with no way back (no_new_privs; every mount is nosuid).
        args.AddRange([
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--die-with-parent", "--new-session",
            "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--perms", "1777", "--tmpfs", "/tmp",
        ]);
        foreach (var hidden in policy.HiddenPaths.Where(Directory.Exists))
        {
            args.AddRange(["--tmpfs", hidden]);
        }

        var hiddenFolders = policy.HiddenPaths.Where(Directory.Exists).Append("/tmp").ToList();
        foreach (var shown in policy.ReadOnlyPaths)
        {
            // Folders bwrap makes on the way to a shown folder inside a hidden one must be passable by nobody.
            foreach (var hidden in hiddenFolders.Where(hidden => shown.StartsWith(hidden.TrimEnd('/') + "/", StringComparison.Ordinal)))
            {
                var between = new List<string>();
                for (var folder = Path.GetDirectoryName(shown); folder is not null && folder.Length > hidden.TrimEnd('/').Length; folder = Path.GetDirectoryName(folder))
                {
                    between.Insert(0, folder);
                }

                foreach (var folder in between)
                {
                    args.AddRange(["--perms", "0755", "--dir", folder]);
                }
            }

            args.AddRange(["--ro-bind", shown, shown]);
        }

        args.AddRange(["--bind", scratch, scratch, "--clearenv"]);
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = scratch,
            ["TMPDIR"] = "/tmp",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_GCHeapHardLimit"] = $"0x{policy.HeapBytes:x}",
        };
        foreach (var (name, value) in policy.Environment)
        {
            environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            args.AddRange(["--setenv", name, value]);
        }

        args.AddRange(["--chdir", command.WorkingDirectory ?? scratch, "--"]);
        if (IsRoot)
        {
            args.AddRange([Locate("setpriv")!, "--reuid=" + SandboxPolicy.NobodyId, "--regid=" + SandboxPolicy.NobodyId, "--clear-groups", "--no-new-privs", "--"]);
        }

        args.AddRange([Locate("prlimit") ?? "/usr/bin/prlimit",
            $"--cpu={policy.CpuSeconds}", $"--as={policy.AddressSpaceBytes}", $"--nproc={policy.MaxProcesses}", $"--fsize={policy.MaxFileBytes}", "--core=0",
            "--", command.FileName]);
        args.AddRange(command.Arguments);
        // bwrap's own environment stays readable in /proc/1/environ inside the sandbox, so it starts with none of the caller's.
        return new CommandLine(Locate("bwrap")!, args)
        {
            WorkingDirectory = scratch,
            InheritEnvironment = false,
            Environment = new Dictionary<string, string> { ["PATH"] = "/usr/local/bin:/usr/bin:/bin" },
        };
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "bubblewrap runs on Linux only";
        }

        if (Locate("bwrap") is null)
        {
            return "bwrap is not installed (Debian: apt-get install -y bubblewrap)";
        }

        if (Locate("prlimit") is null || (IsRoot && Locate("setpriv") is null))
        {
            return "prlimit or setpriv (util-linux) is missing";
        }

        using var scratch = ScratchFolder.Create();
        var probe = Build(new CommandLine("/bin/true", []), new SandboxPolicy(scratch) { HiddenPaths = [] });
        using var process = Process.Start(probe.ToStartInfo())!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"bwrap cannot make its namespaces here (exit {process.ExitCode}: {error.Trim()}); unprivileged user namespaces may be disabled";
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEuid();
}
