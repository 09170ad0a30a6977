using System.Globalization;
using System.Text.RegularExpressions;
using Looper.Packaging.Tests.Commands;
using Looper.Packaging.Tests.Learners;
using Looper.Packaging.Tests.Packing;
using Looper.Reference;

namespace Looper.Packaging.Tests;

/// <summary>
/// Pack the Looper packages once, then use them the way a learner would, in fresh folders outside the repository:
/// a hand-written test project over the reference looper, and a repository made by the dotnet new template.
/// </summary>
[TestFixture]
[Category("slow")]
[Parallelizable(ParallelScope.Children)]
public sealed partial class PackagedSuiteTests
{
    private PackedRelease? _release;

    private PackedRelease Release => _release ?? throw new InvalidOperationException("The packages were not packed.");

    [OneTimeSetUp]
    public async Task PackEveryPackage() => _release = await PackedRelease.PackAsync();

    [OneTimeTearDown]
    public async Task DeleteThePackages()
    {
        if (_release is not null)
        {
            await _release.DeleteAsync();
        }
    }

    [Test]
    public void Pack_makes_every_package_with_the_requested_version()
    {
        foreach (var id in PackedRelease.PackageIds)
        {
            File.Exists(Release.PathOf(id)).ShouldBeTrue($"pack.sh should have made {Release.PathOf(id)}");
        }
    }

    [Test]
    public async Task A_fresh_test_project_over_the_packages_runs_every_scenario_green_against_the_reference()
    {
        var learner = Path.Combine(Release.WorkFolder, "reference-learner");
        ReferenceLearnerProject.Write(learner, Release);

        var run = await ChildCommand.RunAsync("dotnet", ["test"], learner);

        run.ExitCode.ShouldBe(0, run.Describe());
        var scenarios = EmbeddedScenarios.For(typeof(ReferenceLooperImplementation));
        var summary = TestRunSummary.Parse(run.Output);
        summary.ShouldSatisfyAllConditions(
            () => summary.Total.ShouldBe(scenarios.Listed, "every embedded scenario, extensions included, should be listed"),
            () => summary.Passed.ShouldBe(scenarios.Run, "every scenario should pass against the reference"),
            () => summary.Failed.ShouldBe(0));
    }

    [Test]
    public async Task The_template_makes_a_repository_whose_tests_and_grade_show_every_scenario_red_until_the_learner_writes_code()
    {
        var templateStore = Path.Combine(Release.WorkFolder, "template-store");
        var kata = Path.Combine(Release.WorkFolder, "kata");
        var install = await ChildCommand.RunAsync(
            "dotnet", ["new", "install", Release.PathOf("Looper.Kata.Templates"), "--debug:custom-hive", templateStore], Release.WorkFolder);
        install.ExitCode.ShouldBe(0, install.Describe());
        var create = await ChildCommand.RunAsync(
            "dotnet", ["new", "looper-kata", "-o", kata, "--debug:custom-hive", templateStore], Release.WorkFolder);
        create.ExitCode.ShouldBe(0, create.Describe());

        RepositoryFilesShouldBeThere(kata);
        File.ReadAllText(Path.Combine(kata, "Directory.Packages.props"))
            .ShouldContain($"Include=\"Looper.Conformance\" Version=\"{Release.Version}\"", Case.Sensitive, "the repository should use the suite of the template's own version");

        // In a terminal, as a learner runs it: the repository's Directory.Build.rsp keeps failed tests from reading as a failed build.
        var run = await TerminalCommand.RunAsync("dotnet test --logger 'trx;LogFileName=starter.trx' --results-directory TestResults", kata);

        run.ExitCode.ShouldNotBe(0, run.Describe());
        run.Output.ShouldNotContain("Build failed", Case.Insensitive, run.Describe());
        run.Output.ShouldNotContain("TESTERROR", Case.Sensitive, run.Describe());
        var scenarios = EmbeddedScenarios.For(typeof(ILooperImplementation));
        var summary = TestRunSummary.Parse(run.Output);
        summary.ShouldSatisfyAllConditions(
            () => summary.Total.ShouldBe(scenarios.Listed, "every scenario should be listed, those of the extension the starter does not take up as not applicable"),
            () => summary.Failed.ShouldBe(scenarios.Run, "every scenario should fail against the starter"),
            () => summary.Passed.ShouldBe(0));
        var notImplemented = NotImplementedMessage();
        TrxFailures.Read(Path.Combine(kata, "TestResults", "starter.trx"))
            .Where(failure => !notImplemented.IsMatch(failure.Message))
            .ShouldBeEmpty("every scenario should fail with the starter's \"not implemented: <member>\" message");

        var grade = await ChildCommand.RunAsync("bash", ["grade.sh", "--no-build"], kata);

        grade.ExitCode.ShouldBe(1, grade.Describe());
        var stageRows = StageRow().Matches(grade.Output);
        stageRows.Select(row => row.Groups["stage"].Value).ShouldBe(["1", "2", "3", "4", "5", "6"], grade.Describe());
        stageRows.Sum(row => int.Parse(row.Groups["failed"].Value, CultureInfo.InvariantCulture)).ShouldBe(scenarios.Run, grade.Describe());
        stageRows.ShouldAllBe(row => row.Groups["passed"].Value == "0", grade.Describe());
    }

    private static void RepositoryFilesShouldBeThere(string kata)
    {
        string[] expected =
        [
            "README.md", "Looper.Kata.slnx", "nuget.config", "Directory.Build.props", "Directory.Build.rsp", "Directory.Packages.props", "grade.sh",
            ".gitignore", ".github/workflows/grade.yml", "spec/looper-spec.md", "tests/features/wait.feature", "katas/stage.sh",
            "katas/stages/1-futures-and-wait/instructions.md",
            "katas/starter/Looper.Kata/Looper.Kata.csproj", "katas/starter/Looper.Kata/KataLooperImplementation.cs",
            "katas/starter/Looper.Kata.Tests/Looper.Kata.Tests.csproj", "katas/starter/Looper.Kata.Tests/KataConformance.cs",
        ];
        expected.Where(file => !File.Exists(Path.Combine(kata, file)))
            .ShouldBeEmpty($"the template should have made these files in {kata}");
    }

    [GeneratedRegex(@"not implemented: (ILooper|ILooperImplementation)\.\w+")]
    private static partial Regex NotImplementedMessage();

    /// <summary>A row of grade.sh's table: <c>| 1. Futures and wait | 0 | 16 | 16 | 0 |</c> (passed, failed, total, not applicable).</summary>
    [GeneratedRegex(@"^\| (?<stage>\d)\. [^|]+\| (?<passed>\d+) \| (?<failed>\d+) \| (?<total>\d+) \| (?<notApplicable>\d+) \|$", RegexOptions.Multiline)]
    private static partial Regex StageRow();
}
