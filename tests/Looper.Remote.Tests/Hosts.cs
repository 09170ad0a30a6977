using Looper.Reference;
using Looper.Remote;
using Looper.Sandbox;

namespace Looper.Remote.Tests;

/// <summary>Where the tests find the host and the submissions, and how they start hosts.</summary>
internal static class Hosts
{
    /// <summary>Gets the host assembly copied beside the tests.</summary>
    public static string HostAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "Looper.Host.dll");

    /// <summary>Gets the reference implementation's assembly, the submission most tests serve.</summary>
    public static string ReferenceAssembly { get; } = typeof(ReferenceLooperImplementation).Assembly.Location;

    /// <summary>Gets this test assembly, which also holds the deliberately misbehaving submissions of <c>Submissions/</c>.</summary>
    public static string TestAssembly { get; } = typeof(Hosts).Assembly.Location;

    /// <summary>Start a host on the reference.</summary>
    /// <param name="sandbox">The sandbox, or null.</param>
    /// <returns>The host.</returns>
    public static HostProcess StartReference(SandboxPolicy? sandbox = null) => HostProcess.Start(HostAssembly, ReferenceAssembly, sandbox);

    /// <summary>Start a host on one of the test submissions.</summary>
    /// <param name="implementation">The submission's type.</param>
    /// <param name="sandbox">The sandbox, or null.</param>
    /// <returns>The host.</returns>
    public static HostProcess StartSubmission(Type implementation, SandboxPolicy? sandbox = null) => HostProcess.Start(HostAssembly, TestAssembly, sandbox, implementation.FullName);

    /// <summary>Make the sandbox policy the tests use: the repository hidden, the test binaries shown read-only.</summary>
    /// <param name="scratch">The scratch folder.</param>
    /// <returns>The policy.</returns>
    public static SandboxPolicy Policy(ScratchFolder scratch) => new(scratch)
    {
        HiddenPaths = ["/root", "/home", RepositoryRoot],
        ReadOnlyPaths = [AppContext.BaseDirectory],
    };

    /// <summary>Gets the repository's root: the folder holding Looper.sln above the tests.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Looper.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Looper.sln above {AppContext.BaseDirectory}.");
    }
}
