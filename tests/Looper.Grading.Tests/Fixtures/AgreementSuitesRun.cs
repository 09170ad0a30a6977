using System.Xml.Linq;

namespace Looper.Grading.Tests.Fixtures;

/// <summary>
/// Run the Submissions/agreement-suites NUnit project, built with every looper submission it references by <see cref="FixtureBuild"/>,
/// with <c>dotnet test --no-build</c> and a TRX logger, once per test run, and read each test's name, outcome and message.
/// </summary>
/// <remarks>
/// The grader grades the very assemblies <c>dotnet test</c> runs: each looper's build output under
/// <c>loopers/NAME/bin/CONFIGURATION/net10.0/NAME.dll</c>, one implementation per assembly.
/// </remarks>
internal static class AgreementSuitesRun
{
    private static readonly Lazy<Task<IReadOnlyList<TrxResult>>> Results = new(RunAsync);

    /// <summary>Gets the folder of the NUnit project and its loopers.</summary>
    public static string Folder { get; } = Path.Combine(GradedSubmissions.SubmissionsFolder, "agreement-suites");

    private static string Project => Path.Combine(Folder, "AgreementSuites.csproj");

    /// <summary>Gets the value the project's runsettings give a test run parameter, such as <c>LooperStepBudget</c>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>Its value.</returns>
    public static string Parameter(string name)
    {
        var settings = Path.Combine(Folder, "agreement.runsettings");
        var value = XDocument.Load(settings).Descendants("Parameter").SingleOrDefault(parameter => (string?)parameter.Attribute("name") == name)?.Attribute("value")?.Value;
        return value.ShouldNotBeNull($"{settings} should set the test run parameter {name}, which every path of the agreement test uses");
    }

    /// <summary>Gets the built assembly of the looper submission in <c>loopers/<paramref name="looper"/></c>, building every looper first if needed.</summary>
    /// <param name="looper">The looper's folder and project name, such as <c>RunToCompletion</c>.</param>
    /// <returns>The path of its .dll.</returns>
    public static Task<string> AssemblyAsync(string looper) => FixtureBuild.AssemblyAsync(Path.Combine(Folder, "loopers", looper));

    /// <summary>Gets every test result of the TRX file: the test's name, its outcome (Passed, Failed or NotExecuted) and its message.</summary>
    /// <returns>The results.</returns>
    public static Task<IReadOnlyList<TrxResult>> ResultsAsync() => Results.Value;

    private static async Task<IReadOnlyList<TrxResult>> RunAsync()
    {
        await FixtureBuild.AssemblyAsync(Folder);
        var trx = Path.Combine(GradedSubmissions.Builds, "agreement-suites.trx");
        var run = await InstalledTool.RunAsync(
            "dotnet",
            ["test", Project, "--no-build", "-c", FixtureBuild.Configuration, "--nologo", "--logger", $"trx;LogFileName={trx}"],
            GradedSubmissions.Builds);
        File.Exists(trx).ShouldBeTrue($"dotnet test should have written {trx}; it exited with {run.ExitCode}: {run.Output}");
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return [.. XDocument.Load(trx).Descendants(ns + "UnitTestResult").Select(result => new TrxResult(
            (string)result.Attribute("testName")!,
            (string)result.Attribute("outcome")!,
            (string?)result.Descendants(ns + "Message").FirstOrDefault() ?? string.Empty))];
    }
}
