using Looper.Sandbox;
using Looper.Testing;
using NUnit.Framework;

namespace Looper.Remote.Tests;

/// <summary>Get bubblewrap before the sandbox tests run: install it with apt-get when it is missing and this runs as root.</summary>
internal static class SandboxRequirement
{
    /// <summary>The variable that turns a missing sandbox from a failure into skipped tests.</summary>
    public const string AllowUnsandboxed = "LOOPER_ALLOW_UNSANDBOXED";

    private static readonly Lazy<string?> Installed = new(() => DebianPackages.Install("bubblewrap", () => Bubblewrap.Locate("bwrap") is not null || !OperatingSystem.IsLinux()));

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
}
