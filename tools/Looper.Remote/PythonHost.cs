using Looper.Sandbox;

namespace Looper.Remote;

/// <summary>Start the Python host, <c>tools/looper-python/looper_host.py</c>, on a learner's module (spec/python-binding.md).</summary>
internal static class PythonHost
{
    /// <summary>Gets the host script copied beside the assemblies that use this project.</summary>
    public static string DefaultScript { get; } = Path.Combine(AppContext.BaseDirectory, "looper-python", "looper_host.py");

    /// <summary>Gets the Python interpreter to run the host with: Debian's <c>/usr/bin/python3</c> when there is one, otherwise the first <c>python3</c> on the path, or null when there is none.</summary>
    public static string? Interpreter => FindInterpreter();

    /// <summary>Make the command line of a Python host for a learner's module, for <see cref="HostProcess.Start(HostCommand, Looper.Sandbox.SandboxPolicy?, bool, int, TimeSpan?)"/>.</summary>
    /// <param name="module">The learner's module (a <c>.py</c> file), or a folder holding exactly one.</param>
    /// <param name="script">The host script, or null for <see cref="DefaultScript"/>.</param>
    /// <returns>The command: <c>python3 -I -B looper_host.py MODULE</c>, with the interpreter, the script and the module readable in a sandbox.</returns>
    /// <exception cref="FileNotFoundException">There is no <c>python3</c>, or no host script.</exception>
    public static HostCommand Command(string module, string? script = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        var python = Interpreter ?? throw new FileNotFoundException("No python3 on this machine; install it (Debian: apt-get install -y python3) to grade Python loopers.");
        var host = Path.GetFullPath(script ?? DefaultScript);
        if (!File.Exists(host))
        {
            throw new FileNotFoundException($"The Python host {host} is missing; it ships with Looper.Remote (tools/looper-python/looper_host.py).", host);
        }

        var target = Path.GetFullPath(module);

        // -I: ignore PYTHON* variables and the user's site folder; -B: write no bytecode next to the module.
        return new HostCommand(python, ["-I", "-B", host, target]) { ReadablePaths = [HostProcess.RealPath(python), host, target] };
    }

    /// <summary>Start a Python host for a learner's module.</summary>
    /// <param name="module">The learner's module (a <c>.py</c> file), or a folder holding exactly one.</param>
    /// <param name="sandbox">The sandbox policy, or null to run unsandboxed.</param>
    /// <param name="requireSandbox">True to fail when a sandbox was asked for and cannot be had.</param>
    /// <returns>The host, once it answered hello.</returns>
    /// <exception cref="HostStartException">The host ended before it said hello: the module is missing (exit 3), does not load (3), has no looper in the binding's shape (5) or is one of several modules in a folder (6).</exception>
    public static HostProcess Start(string module, SandboxPolicy? sandbox = null, bool requireSandbox = true) =>
        HostProcess.Start(Command(module), sandbox, requireSandbox);

    private static string? FindInterpreter()
    {
        if (File.Exists("/usr/bin/python3"))
        {
            return "/usr/bin/python3";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "python.exe" : "python3"))
            .FirstOrDefault(File.Exists);
    }
}
