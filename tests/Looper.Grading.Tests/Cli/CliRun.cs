using Looper.Cli;
using Spectre.Console.Testing;

namespace Looper.Grading.Tests.Cli;

/// <summary>Run the looper command line in-process against a test console and keep what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> StartAsync(params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;
        using var error = new StringWriter();
        var exitCode = await LooperCli.RunAsync(args, console, error);
        return new CliRun(exitCode, console.Output.ReplaceLineEndings("\n"), error.ToString());
    }
}
