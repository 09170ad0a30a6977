using System.Diagnostics;
using Looper.Sandbox;
using NUnit.Framework;

namespace Looper.Remote.Tests;

/// <summary>Get bubblewrap before the sandbox tests run: install it with apt-get when it is missing and this runs as root.</summary>
internal static class SandboxRequirement
{
    /// <summary>The variable that turns a missing sandbox from a failure into skipped tests.</summary>
    public const string AllowUnsandboxed = "LOOPER_ALLOW_UNSANDBOXED";

    private static readonly Lazy<string?> Installed = new(Install);

    /// <summary>Make sure the sandbox works, or fail (skip, when <see cref="AllowUnsandboxed"/> is 1) saying why.</summary>
    public static void Ensure()
    {
        var why = Installed.Value ?? Bubblewrap.WhyUnavailable;
        if (why is null)
        {
            return;
        }

        var message = $"No sandbox on this machine: {why}. Install bubblewrap (Debian: apt-get install -y bubblewrap) or set {AllowUnsandboxed}=1 to skip the sandbox tests.";
        if (Environment.GetEnvironmentVariable(AllowUnsandboxed) == "1")
        {
            Assert.Ignore(message);
        }

        Assert.Fail(message);
    }

    private static string? Install()
    {
        if (Bubblewrap.Locate("bwrap") is not null || !OperatingSystem.IsLinux())
        {
            return null;
        }

        if (!Bubblewrap.IsRoot || Bubblewrap.Locate("apt-get") is null)
        {
            return "bwrap is missing, and only root on a Debian-like system can install it here";
        }

        if (Run("apt-get", "install", "-y", "bubblewrap") != 0 && (Run("apt-get", "update") != 0 || Run("apt-get", "install", "-y", "bubblewrap") != 0))
        {
            return "apt-get could not install bubblewrap";
        }

        return null;
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
