using System.CommandLine;
using System.CommandLine.Invocation;
using Looper.Cli.Commands;
using Spectre.Console;

namespace Looper.Cli;

/// <summary>
/// Build the looper command line and run it against a console.
/// </summary>
public static class LooperCli
{
    /// <summary>Create the root command with every subcommand, all writing to <paramref name="console"/>.</summary>
    /// <param name="console">Where the subcommands write their output.</param>
    /// <returns>The root command, named <c>looper</c>.</returns>
    public static RootCommand CreateRootCommand(IAnsiConsole console)
    {
        var root = new RootCommand(
            "Run the tiny cooperative event loop of the Looper notebook, and grade implementations of it, from the command line. "
            + ExitCodes.Summary);
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(GradeCommand.Create(console));
        return root;
    }

    /// <summary>Parse <paramref name="args"/>, run the chosen command and return the process exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="console">Where commands and help write their output.</param>
    /// <param name="error">Where parse errors and unexpected exceptions are written.</param>
    /// <param name="cancellationToken">Stops a command that waits on the wall clock.</param>
    /// <returns>One of the <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parseResult = CreateRootCommand(console).Parse(args);
        var isUsageError = parseResult.Action is ParseErrorAction;
        if (parseResult.Action is ParseErrorAction parseErrorAction)
        {
            parseErrorAction.ShowHelp = false; // one clear line per error; --help shows the rest
        }

        var configuration = new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error };
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);
        return isUsageError ? ExitCodes.UsageError : exitCode;
    }
}
