using System.Text.RegularExpressions;

namespace Looper.Katas.Tests.Output;

/// <summary>Run a command line in a pseudo-terminal (util-linux <c>script</c>), as a learner's terminal runs it, and read what it printed.</summary>
/// <remarks>
/// .NET's terminal logger switches itself on only when the output is a terminal with a size, so the terminal gets
/// one (<c>stty</c>) before the command starts. Colours and carriage returns are taken out of the output.
/// </remarks>
internal static partial class TerminalRun
{
    /// <summary>Run <paramref name="commandLine"/> in a 120-column terminal in <paramref name="folder"/>.</summary>
    /// <param name="commandLine">A shell command line, such as <c>dotnet test X --no-build</c>.</param>
    /// <param name="folder">Where it runs.</param>
    /// <returns>The command's exit code and its output as plain text.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(string commandLine, string folder)
    {
        var (exitCode, output) = await ChildRun.RunAsync("script", ["-qec", $"stty cols 120 rows 40; exec {commandLine}", "/dev/null"], folder);
        return (exitCode, Escapes().Replace(output, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\x1B(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1B]*(\x07|\x1B\\)|[=>])")]
    private static partial Regex Escapes();
}
