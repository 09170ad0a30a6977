using System.Text;
using CliWrap;
using CliWrap.Builders;
using Looper.Testing;

namespace Looper.Packaging.Tests.Commands;

/// <summary>
/// Run a program (dotnet, bash) as a child process, in a clean, English-speaking environment, and stop it if it hangs.
/// </summary>
internal static class ChildCommand
{
    /// <summary>How long one command may run before it is killed: generous, since a first restore may download packages.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Variables the test host inherits from the <c>dotnet test</c> that started it; a child <c>dotnet</c> must find its own.
    /// </summary>
    private static readonly string[] InheritedPrefixes = ["MSBuild", "MSBUILD", "VSTEST_", "TESTINGPLATFORM_"];

    /// <summary>Run <paramref name="program"/> and wait for it; a non-zero exit code is returned, not thrown.</summary>
    /// <param name="program">The program, found on the PATH.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <returns>The exit code and everything printed.</returns>
    public static async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var output = new StringBuilder();
        var sink = PipeTarget.ToDelegate(line =>
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        });
        var command = Cli.Wrap(program)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(CleanEnvironment)
            .WithStandardOutputPipe(sink)
            .WithStandardErrorPipe(sink)
            .WithValidation(CommandResultValidation.None);
        var commandLine = $"{program} {command.Arguments}";
        await TestContext.Progress.WriteLineAsync($"[packaging] {commandLine}  (in {workingDirectory})");

        using var limit = new CancellationTokenSource(Limit);
        try
        {
            var result = await command.ExecuteAsync(limit.Token);
            return new CommandResult(commandLine, workingDirectory, result.ExitCode, Snapshot(output));
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            var partial = new CommandResult(commandLine, workingDirectory, -1, Snapshot(output));
            Assert.Fail($"The command did not end within {Limit.TotalMinutes} minutes and was killed.\n{partial.Describe()}");
            throw;
        }
    }

    private static void CleanEnvironment(EnvironmentVariablesBuilder environment)
    {
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (InheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                environment.Set(name, null);
            }
        }

        environment
            .Set("DOTNET_CLI_UI_LANGUAGE", "en")
            .Set("VSLANG", "1033")
            .Set("DOTNET_NOLOGO", "1")
            .Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .Set("DOTNET_CLI_USE_MSBUILD_SERVER", "0")
            .Set("MSBUILDDISABLENODEREUSE", "1")
            .Set(CompilerServer.Variable, CompilerServer.On);
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
