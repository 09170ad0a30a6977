using System.Text.RegularExpressions;
using Spectre.Console.Testing;

namespace Looper.Cli.Tests;

/// <summary>
/// Run the looper command line in-process against a test console and keep what it wrote.
/// </summary>
/// <param name="ExitCode">The exit code the command line returned.</param>
/// <param name="Lines">The console output, one entry per line, leading and trailing spaces removed.</param>
/// <param name="Error">What was written to the error writer.</param>
internal sealed partial record CliRun(int ExitCode, IReadOnlyList<string> Lines, string Error)
{
    /// <summary>Run the command line with <paramref name="args"/>.</summary>
    public static async Task<CliRun> StartAsync(params string[] args)
    {
        using var console = new TestConsole();
        using var error = new StringWriter();
        var exitCode = await LooperCli.RunAsync(args, console, error);
        var lines = console.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.Trim()).ToArray();
        return new CliRun(exitCode, lines, error.ToString());
    }

    /// <summary>Gets the lines under the heading that contains <paramref name="title"/>, up to the next heading.</summary>
    public IReadOnlyList<string> Section(string title)
    {
        var start = Lines.ToList().FindIndex(line => IsHeading(line) && line.Contains(title, StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, $"no heading with '{title}'");
        return Lines.Skip(start + 1).TakeWhile(line => !IsHeading(line)).Where(line => line.Length > 0).ToArray();
    }

    /// <summary>Gets the lines that report a finished wait, in the order written.</summary>
    public static IReadOnlyList<string> FinishLines(IEnumerable<string> lines) =>
        lines.Where(line => line.Contains("Finished waiting for", StringComparison.Ordinal)).ToArray();

    private static bool IsHeading(string line) => HeadingPattern().IsMatch(line);

    [GeneratedRegex(@"^\W*Run \d:")]
    private static partial Regex HeadingPattern();
}
