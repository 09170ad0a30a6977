namespace Looper.Packaging.Tests.Commands;

/// <summary>
/// What a finished command returned and printed (standard output and standard error, interleaved).
/// </summary>
/// <param name="CommandLine">The command as it was run.</param>
/// <param name="WorkingDirectory">The folder it ran in.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Everything it printed.</param>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output)
{
    private const int LinesShown = 80;

    /// <summary>Describe the run for a failure message: the command, where it ran, its exit code and the end of its output.</summary>
    public string Describe()
    {
        var lines = Output.Split('\n');
        var tail = string.Join('\n', lines.TakeLast(LinesShown));
        var cut = lines.Length > LinesShown ? $"(last {LinesShown} of {lines.Length} lines)\n" : string.Empty;
        return $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode}:\n{cut}{tail}";
    }
}
