using System.Xml.Linq;

namespace Looper.Grading.Tests.Fixtures;

/// <summary>
/// Run the Submissions/agreement-suites NUnit project (one <c>ConformanceSuite&lt;T&gt;</c> fixture per implementation the agreement test grades)
/// with <c>dotnet test</c> and a TRX logger, once per test run, and read each test's name and outcome.
/// </summary>
internal static class AgreementSuitesRun
{
    private static readonly Lazy<Task<IReadOnlyList<(string TestName, string Outcome)>>> Results = new(RunAsync);

    /// <summary>Gets every test result of the TRX file: the test's name and its outcome (Passed, Failed or NotExecuted).</summary>
    public static Task<IReadOnlyList<(string TestName, string Outcome)>> ResultsAsync() => Results.Value;

    private static async Task<IReadOnlyList<(string TestName, string Outcome)>> RunAsync()
    {
        var trx = Path.Combine(GradedSubmissions.Builds, "agreement-suites.trx");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var run = await InstalledTool.RunAsync(
            "dotnet",
            ["test", Path.Combine(GradedSubmissions.SubmissionsFolder, "agreement-suites", "AgreementSuites.csproj"), "-c", configuration, "--nologo", "--logger", $"trx;LogFileName={trx}"],
            GradedSubmissions.Builds);
        File.Exists(trx).ShouldBeTrue($"dotnet test should have written {trx}; it exited with {run.ExitCode}: {run.Output}");
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return [.. XDocument.Load(trx).Descendants(ns + "UnitTestResult").Select(result => ((string)result.Attribute("testName")!, (string)result.Attribute("outcome")!))];
    }
}
