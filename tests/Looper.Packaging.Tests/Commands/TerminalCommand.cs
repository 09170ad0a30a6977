using System.Text.RegularExpressions;

namespace Looper.Packaging.Tests.Commands;

/// <summary>Run a command line in a pseudo-terminal (util-linux <c>script</c>), as a learner's terminal runs it.</summary>
/// <remarks>
/// .NET's terminal logger switches itself on only when the output is a terminal with a size, so the terminal gets
/// one (<c>stty</c>) before the command starts. Colours and carriage returns are taken out of the output.
/// </remarks>
internal static partial class TerminalCommand
{
    /// <summary>Run <paramref name="commandLine"/> in a 120-column terminal and wait for it.</summary>
    /// <param name="commandLine">A shell command line, such as <c>dotnet test</c>.</param>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <returns>The exit code and everything printed, as plain text.</returns>
    public static async Task<CommandResult> RunAsync(string commandLine, string workingDirectory)
    {
        var result = await ChildCommand.RunAsync("script", ["-qec", $"stty cols 120 rows 40; exec {commandLine}", "/dev/null"], workingDirectory);
        return result with { Output = Escapes().Replace(result.Output, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal) };
    }

    [GeneratedRegex(@"\x1B(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1B]*(\x07|\x1B\\)|[=>])")]
    private static partial Regex Escapes();
}
