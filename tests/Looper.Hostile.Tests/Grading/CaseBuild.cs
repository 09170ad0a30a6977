using System.Diagnostics;
using Looper.Grading.Tests.Fixtures;
using Looper.Testing;

namespace Looper.Hostile.Tests;

/// <summary>Build every run-time case once per test run, in one MSBuild invocation of Cases/Cases.proj.</summary>
internal static class CaseBuild
{
    private static readonly Lazy<Task> Built = new(BuildAsync);

    /// <summary>Gets the folder of the cases.</summary>
    public static string CasesFolder { get; } = RepositoryFiles.PathOf("tests/Looper.Hostile.Tests/Cases");

    /// <summary>Build the run-time cases, once; fail saying what MSBuild said when they do not build.</summary>
    public static Task EnsureAsync() => Built.Value;

    private static async Task BuildAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CasesFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", "Cases.proj", "-c", "Debug", "-nologo", "-v:q", "-m", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment[CompilerServer.Variable] = CompilerServer.On;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        process.ExitCode.ShouldBe(0, $"dotnet build {CasesFolder}/Cases.proj failed; fix the case it names:\n{text}");
    }
}
