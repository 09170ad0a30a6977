using System.Diagnostics;
using NUnit.Framework;

namespace Looper.Testing;

/// <summary>Install the Debian packages a test project needs (bubblewrap, python3) with apt-get, once per process, when they are missing and the tests run as root.</summary>
/// <remarks>One copy, compiled into every test project that needs a package (linked from <c>tests/Shared</c>).</remarks>
internal static class DebianPackages
{
    private static readonly Lock Gate = new();

    /// <summary>Install <paramref name="package"/> unless <paramref name="present"/> already says it is there.</summary>
    /// <param name="package">The Debian package, such as <c>bubblewrap</c>.</param>
    /// <param name="present">Whether what the package provides can be found.</param>
    /// <returns><see langword="null"/> once the package is there, or why it is not.</returns>
    public static string? Install(string package, Func<bool> present)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(present);
        lock (Gate)
        {
            if (present())
            {
                return null;
            }

            if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
            {
                return $"{package} is missing, and only root on a Debian-like system can install it here";
            }

            // Test projects run side by side; the lock timeout lets a second apt-get wait for the first.
            if (Run("install", "-y", package) != 0 && (Run("update") != 0 || Run("install", "-y", package) != 0))
            {
                return $"apt-get could not install {package}";
            }

            return present() ? null : $"apt-get installed {package}, yet it cannot be found";
        }
    }

    private static int Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-o", "DPkg::Lock::Timeout=300", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        TestContext.Progress.WriteLine($"apt-get {string.Join(' ', arguments)}: exit {process.ExitCode} {error.Trim()}");
        _ = output.Result;
        return process.ExitCode;
    }
}
