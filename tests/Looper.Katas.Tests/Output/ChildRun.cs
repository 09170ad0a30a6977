using System.Diagnostics;
using System.Text;
using Looper.Testing;

namespace Looper.Katas.Tests.Output;

/// <summary>Run a command of the repository (katas/stage.sh, dotnet) as a learner would, and capture everything it prints.</summary>
internal static class ChildRun
{
    /// <summary>How long one command may run before it is killed: a first build on a loaded machine takes minutes.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>Variables a test host inherits from the <c>dotnet test</c> that started it; a child <c>dotnet</c> must find its own.</summary>
    private static readonly string[] InheritedPrefixes = ["MSBuild", "MSBUILD", "VSTEST_", "TESTINGPLATFORM_"];

    /// <summary>Run <paramref name="program"/> in <paramref name="folder"/> and wait for it.</summary>
    /// <param name="program">The program, found on the PATH.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="folder">Where it runs.</param>
    /// <param name="environment">Variables to set on top of a clean environment.</param>
    /// <returns>The exit code and the output, standard error included.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, string folder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => InheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment[CompilerServer.Variable] = CompilerServer.On;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not end within {Limit.TotalMinutes} minutes.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }
}
