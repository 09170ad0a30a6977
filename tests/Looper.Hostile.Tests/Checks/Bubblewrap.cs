using Looper.Testing;

namespace Looper.Hostile.Tests;

/// <summary>Make sure bubblewrap is on this machine before a case is graded: install it with apt-get when it is missing and the tests run as root.</summary>
internal static class Bubblewrap
{
    private static readonly Lazy<string?> Installed = new(Install);

    /// <summary>Install bubblewrap once if needed; fail saying what to do when that is not possible.</summary>
    public static Task EnsureInstalledAsync()
    {
        if (Installed.Value is { } why)
        {
            Assert.Fail($"No bubblewrap on this machine: {why}. Install it (Debian: apt-get install -y bubblewrap): the hostile cases are graded only in the sandbox.");
        }

        return Task.CompletedTask;
    }

    private static string? Install() =>
        OperatingSystem.IsLinux() ? DebianPackages.Install("bubblewrap", () => OnPath("bwrap")) : "the hostile corpus needs Linux";

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(folder => File.Exists(Path.Combine(folder, program)));
}
