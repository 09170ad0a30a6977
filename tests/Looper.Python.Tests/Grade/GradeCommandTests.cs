using Looper.Cli;
using Looper.Python.Tests.Grading;
using Spectre.Console.Testing;

namespace Looper.Python.Tests.Grade;

/// <summary><c>looper grade module.py</c> grades a Python looper in the sandbox, every report included, in Python's names.</summary>
public sealed class GradeCommandTests
{
    private static readonly string Config = Path.Combine(PythonGrading.RepositoryRoot, "grading", "grading.json");

    private static readonly string[] Reports = ["classroom-results.json", "exercism-results.json", "gradescope-results.json", "junit.xml", "summary.md"];

    private DirectoryInfo _reports = null!;

    [SetUp]
    public void MakeFolder() => _reports = Directory.CreateTempSubdirectory("looper-python-reports-");

    [TearDown]
    public void RemoveFolder() => _reports.Delete(recursive: true);

    [Test]
    public async Task Grading_the_Python_exemplar_gives_full_marks_hidden_scenarios_included_and_writes_every_report()
    {
        PythonRequirement.Ensure();
        PythonRequirement.EnsureSandbox();

        var (exitCode, output) = await GradeAsync(PythonGrading.Exemplar, "--config", Config, "--reports", _reports.FullName);

        exitCode.ShouldBe(ExitCodes.Success, output);
        output.ShouldMatch(@"against \d+ scenarios \([1-9]\d* hidden\)");
        output.ShouldContain("Full marks", Case.Sensitive, output);
        output.ShouldNotContain("unsandboxed", Case.Insensitive, output);
        Directory.GetFiles(_reports.FullName).Select(Path.GetFileName).ShouldBe(Reports, ignoreOrder: true);
    }

    [Test]
    public async Task Grading_the_Python_starter_scores_nothing_and_every_report_names_the_Python_members()
    {
        PythonRequirement.Ensure();
        PythonRequirement.EnsureSandbox();

        var (exitCode, output) = await GradeAsync(Path.GetDirectoryName(PythonGrading.Starter)!, "--no-hidden", "--reports", _reports.FullName);

        exitCode.ShouldBe(ExitCodes.NotFullMarks, output);
        output.ShouldContain("not implemented: Looper.add_task, see spec sections 1 (FUT) and 4 (ADD)", Case.Sensitive, output);
        foreach (var report in Reports)
        {
            var text = File.ReadAllText(Path.Combine(_reports.FullName, report));
            text.ShouldContain("Looper.add_task", Case.Sensitive, report);
            text.ShouldNotContain("ILooper", Case.Sensitive, report);
        }
    }

    private static async Task<(int ExitCode, string Output)> GradeAsync(params string[] arguments)
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;
        using var error = new StringWriter();
        var exitCode = await LooperCli.RunAsync(["grade", .. arguments], console, error);
        return (exitCode, console.Output.ReplaceLineEndings("\n") + error);
    }
}
