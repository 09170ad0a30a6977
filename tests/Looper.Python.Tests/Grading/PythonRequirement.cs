using Looper.Remote;
using Looper.Sandbox;
using Looper.Testing;

namespace Looper.Python.Tests.Grading;

/// <summary>Get Debian's python3 (and bubblewrap, for the sandboxed tests) before the Python tests run: install them with apt-get when they are missing and this runs as root.</summary>
internal static class PythonRequirement
{
    /// <summary>The variable that turns a missing sandbox from a failure into skipped tests.</summary>
    public const string AllowUnsandboxed = "LOOPER_ALLOW_UNSANDBOXED";

    private static readonly Lazy<string?> Installed = new(() => DebianPackages.Install("python3", () => PythonHost.Interpreter is not null));

    private static readonly Lazy<string?> SandboxInstalled = new(() => DebianPackages.Install("bubblewrap", () => Bubblewrap.Locate("bwrap") is not null) ?? Bubblewrap.WhyUnavailable);

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
}
