namespace Looper.Remote;

/// <summary>The command line that starts a host for one submission: any program that speaks spec/protocol.md on its standard streams.</summary>
/// <param name="FileName">The program, such as <c>dotnet</c> or <c>python3</c>.</param>
/// <param name="Arguments">Its arguments, such as the host's script or assembly and the submission.</param>
/// <remarks>The judge starts it as it is, or inside the sandbox; a host for another language is one more factory here.</remarks>
public sealed record HostCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Gets files and folders the host needs to read (its program, its own files, the submission); the sandbox shows their folders read-only.</summary>
    public IReadOnlyList<string> ReadablePaths { get; init; } = [];

    /// <summary>Make the command of the .NET host: <c>dotnet Looper.Host.dll &lt;submission.dll&gt; [type]</c>.</summary>
    /// <param name="hostAssembly">The host's <c>Looper.Host.dll</c>.</param>
    /// <param name="submission">The submission's assembly.</param>
    /// <param name="implementationType">The full name of the implementation type, when the submission has several.</param>
    /// <returns>The command.</returns>
    public static HostCommand Dotnet(string hostAssembly, string submission, string? implementationType = null)
    {
        ArgumentNullException.ThrowIfNull(hostAssembly);
        ArgumentNullException.ThrowIfNull(submission);
        List<string> arguments = [Path.GetFullPath(hostAssembly), Path.GetFullPath(submission)];
        if (implementationType is not null)
        {
            arguments.Add(implementationType);
        }

        var dotnet = HostProcess.DotnetPath();
        return new HostCommand(dotnet, arguments) { ReadablePaths = [HostProcess.RealPath(dotnet), arguments[0], arguments[1]] };
    }
}
