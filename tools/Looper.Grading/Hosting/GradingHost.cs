using Looper.Remote;

namespace Looper.Grading.Hosting;

/// <summary>
/// Say how the grader starts the host that holds a submission: the host's command line for a built submission, and the sandbox it runs in.
/// </summary>
/// <remarks>
/// The judge (scenarios, clock, verdicts) stays in the grader's process; the submission's code runs only in the host. A host
/// for another language plugs in here with its own <see cref="Command"/> (spec/protocol.md section 2).
/// </remarks>
public sealed record GradingHost
{
    /// <summary>Gets the host's command line for a submission's path (its built assembly, or its source for a language with no build).</summary>
    public required Func<string, HostCommand> Command { get; init; }

    /// <summary>Gets a value indicating whether grading without a sandbox is an error rather than a loud warning.</summary>
    public bool RequireSandbox { get; init; }

    /// <summary>Gets a value indicating whether to run the host without a sandbox on purpose (tests of the grader's own logic); reports then say so.</summary>
    public bool Unsandboxed { get; init; }

    /// <summary>Gets folders the sandbox hides besides the grader's install, home folders and <c>/tmp</c>: the config's, the hidden pack's, the reports'.</summary>
    public IReadOnlyList<string> HiddenPaths { get; init; } = [];

    /// <summary>Gets the .NET host beside the running grader, copied to a folder of its own: <c>dotnet Looper.Host.dll &lt;submission.dll&gt;</c>.</summary>
    /// <returns>The host.</returns>
    public static GradingHost Dotnet() => Dotnet(HostInstall.Beside());

    /// <summary>Gets the .NET host at <paramref name="hostAssembly"/>, copied to a folder of its own.</summary>
    /// <param name="hostAssembly">The host's <c>Looper.Host.dll</c>.</param>
    /// <returns>The host.</returns>
    public static GradingHost Dotnet(string hostAssembly)
    {
        ArgumentNullException.ThrowIfNull(hostAssembly);
        return new GradingHost { Command = submission => HostCommand.Dotnet(HostInstall.CopyOf(hostAssembly), submission) };
    }
}
