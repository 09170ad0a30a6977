using System.Diagnostics;
using Looper.Remote;

namespace Looper.Python.Tests.Grading;

/// <summary>Get Debian's python3 before the Python tests run: install it with apt-get when it is missing and this runs as root.</summary>
internal static class PythonRequirement
{
    private static readonly Lazy<string?> Installed = new(Install);

    /// <summary>Make sure python3 is there, or fail saying how to get it.</summary>
    public static void Ensure()
    {
        if (Installed.Value is { } why)
        {
            Assert.Fail($"No python3 on this machine: {why}. Install it (Debian: apt-get install -y python3) to run the Python track's tests.");
        }
    }

    private static string? Install()
    {
        if (PythonHost.Interpreter is not null)
        {
            return null;
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            return "it is missing, and only root on a Debian-like system can install it here";
        }

        if (Run("apt-get", "install", "-y", "python3") != 0 && (Run("apt-get", "update") != 0 || Run("apt-get", "install", "-y", "python3") != 0))
        {
            return "apt-get could not install python3";
        }

        return PythonHost.Interpreter is null ? "apt-get installed python3, yet it cannot be found" : null;
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
