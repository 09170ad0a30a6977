namespace Looper.Sandbox;

/// <summary>What a sandboxed command may see and use.</summary>
/// <param name="Scratch">The only writable folder, private to this run (see <see cref="Scratch"/>).</param>
internal sealed record SandboxPolicy(ScratchFolder Scratch)
{
    /// <summary>The user and group the command runs as: nobody.</summary>
    public const int NobodyId = 65534;

    /// <summary>Gets the home folders, hidden because they hold people's files; a repository in one may still be shown in part.</summary>
    public static IReadOnlyList<string> HomeFolders { get; } = ["/root", "/home"];

    /// <summary>Gets folders hidden behind an empty file system, such as the grader's install, its configuration and hidden scenarios, and home folders.</summary>
    public IReadOnlyList<string> HiddenPaths { get; init; } = HomeFolders;

    /// <summary>Gets folders shown again, read-only, inside hidden ones, such as the host's and the submission's binaries.</summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>Gets variables set in the otherwise empty environment (besides PATH, HOME, TMPDIR and .NET's quiet settings).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the CPU time limit, in seconds.</summary>
    public int CpuSeconds { get; init; } = 300;

    /// <summary>Gets the limit of .NET's managed heap, in bytes (DOTNET_GCHeapHardLimit): the memory limit that counts for a .NET host.</summary>
    public long HeapBytes { get; init; } = 1L << 30;

    /// <summary>Gets the address-space limit, in bytes: a backstop for native memory; .NET reserves far more address space than it uses, so keep it well above <see cref="HeapBytes"/>.</summary>
    public long AddressSpaceBytes { get; init; } = 32L << 30;

    /// <summary>Gets the limit on processes and threads of the sandbox's user.</summary>
    public int MaxProcesses { get; init; } = 4096;

    /// <summary>Gets the largest file the command may write, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 64L << 20;
}
