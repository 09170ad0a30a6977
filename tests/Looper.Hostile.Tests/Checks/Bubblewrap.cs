using System.Diagnostics;

namespace Looper.Hostile.Tests;

/// <summary>Make sure bubblewrap is on this machine before a case is graded: install it with apt-get when it is missing and the tests run as root.</summary>
internal static class Bubblewrap
{
    private static readonly Lazy<Task<string?>> Installed = new(InstallAsync);

    /// <summary>Install bubblewrap once if needed; fail saying what to do when that is not possible.</summary>
    public static async Task EnsureInstalledAsync()
    {
        if (await Installed.Value is { } why)
        {
            Assert.Fail($"No bubblewrap on this machine: {why}. Install it (Debian: apt-get install -y bubblewrap): the hostile cases are graded only in the sandbox.");
        }
    }

    private static async Task<string?> InstallAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the hostile corpus needs Linux";
        }

        if (OnPath("bwrap"))
        {
            return null;
        }

        if (Environment.UserName != "root" || !OnPath("apt-get"))
        {
            return "bwrap is missing, and only root on a Debian-like system can install it here";
        }

        return await RunAsync("apt-get", "update") == 0 && await RunAsync("apt-get", "install", "-y", "bubblewrap") == 0 ? null : "apt-get could not install bubblewrap";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(folder => File.Exists(Path.Combine(folder, program)));

    private static async Task<int> RunAsync(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command[1..])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await TestContext.Progress.WriteLineAsync($"{string.Join(' ', command)}: exit {process.ExitCode} {error.Trim()}");
        _ = await output;
        return process.ExitCode;
    }
}
