using System.Diagnostics;
using Looper.Remote;
using Looper.Sandbox;

namespace Looper.Python.Tests.Grading;

/// <summary>Get Debian's python3 (and bubblewrap, for the sandboxed tests) before the Python tests run: install them with apt-get when they are missing and this runs as root.</summary>
internal static class PythonRequirement
{
    /// <summary>The variable that turns a missing sandbox from a failure into skipped tests.</summary>
    public const string AllowUnsandboxed = "LOOPER_ALLOW_UNSANDBOXED";

    private static readonly Lazy<string?> Installed = new(() => Install("python3", () => PythonHost.Interpreter is not null));

    private static readonly Lazy<string?> SandboxInstalled = new(() => Install("bubblewrap", () => Bubblewrap.Locate("bwrap") is not null) ?? Bubblewrap.WhyUnavailable);

    /// <summary>Make sure the sandbox works, or fail (skip, when <see cref="AllowUnsandboxed"/> is 1) saying why.</summary>
    public static void EnsureSandbox()
    {
        if (SandboxInstalled.Value is not { } why)
        {
            return;
        }

        var message = $"No sandbox on this machine: {why}. Install bubblewrap (Debian: apt-get install -y bubblewrap) or set {AllowUnsandboxed}=1 to skip the sandboxed Python tests.";
        if (Environment.GetEnvironmentVariable(AllowUnsandboxed) == "1")
        {
            Assert.Ignore(message);
        }

        Assert.Fail(message);
    }

    /// <summary>Make sure python3 is there, or fail saying how to get it.</summary>
    public static void Ensure()
    {
        if (Installed.Value is { } why)
        {
            Assert.Fail($"No python3 on this machine: {why}. Install it (Debian: apt-get install -y python3) to run the Python track's tests.");
        }
    }

    private static string? Install(string package, Func<bool> present)
    {
        if (present())
        {
            return null;
        }

        if (!OperatingSystem.IsLinux() || !Bubblewrap.IsRoot || !File.Exists("/usr/bin/apt-get"))
        {
            return "it is missing, and only root on a Debian-like system can install it here";
        }

        if (Run("apt-get", "install", "-y", package) != 0 && (Run("apt-get", "update") != 0 || Run("apt-get", "install", "-y", package) != 0))
        {
            return $"apt-get could not install {package}";
        }

        return present() ? null : $"apt-get installed {package}, yet it cannot be found";
    }

    private static int Run(params string[] command)
    {
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command[1..])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        TestContext.Progress.WriteLine($"{string.Join(' ', command)}: exit {process.ExitCode} {error.Trim()}");
        _ = output.Result;
        return process.ExitCode;
    }
}
