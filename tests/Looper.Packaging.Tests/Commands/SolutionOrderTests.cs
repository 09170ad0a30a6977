using System.Text.RegularExpressions;
using System.Xml.Linq;
using Looper.Packaging.Tests.Packing;

namespace Looper.Packaging.Tests.Commands;

/// <summary>
/// The order in which <c>dotnet test Looper.sln</c> runs the test projects (LooperTestOrder in
/// Directory.Solution.targets): every test project once, the ones that run alone last.
/// </summary>
[TestFixture]
public sealed partial class SolutionOrderTests
{
    [Test]
    public async Task Every_test_project_runs_once_and_exactly_the_ones_that_ask_to_run_alone_come_last_one_at_a_time()
    {
        var run = await ChildCommand.RunAsync("dotnet", ["msbuild", "Looper.sln", "-t:LooperTestOrder", "-nologo"], RepositoryRoot.Path);

        run.ExitCode.ShouldBe(0, run.Describe());
        var order = OrderLine().Match(run.Output);
        order.Success.ShouldBeTrue(run.Describe());
        var sideBySide = Names(order.Groups["together"].Value);
        var oneAtATime = Names(order.Groups["alone"].Value);
        var testProjects = TestProjectsOfTheSolution();

        sideBySide.Concat(oneAtATime).Order(StringComparer.Ordinal)
            .ShouldBe(testProjects.Keys.Order(StringComparer.Ordinal), "every test project of the solution should run, and only once");
        oneAtATime.Order(StringComparer.Ordinal).ShouldBe(
            testProjects.Where(project => project.Value).Select(project => project.Key).Order(StringComparer.Ordinal),
            "exactly the test projects that set LooperTestsRunAlone should run one at a time");
        oneAtATime.ShouldContain("Looper.Grading.Tests", "the grader's tests build and grade in child processes on every core");
    }

    [Test]
    public async Task In_a_solution_run_the_projects_that_run_alone_come_after_the_others()
    {
        using var solution = new SampleSolution(("Heavy.Tests", Project(runsAlone: true)), ("Quick.Tests", Project(runsAlone: false)));

        var run = await solution.TestAsync();

        run.ExitCode.ShouldBe(0, run.Describe());
        run.Output.ShouldContain("Test projects side by side: Quick.Tests; then one at a time: Heavy.Tests", Case.Sensitive, run.Describe());
        run.Output.IndexOf("Quick.Tests ran", StringComparison.Ordinal).ShouldBeLessThan(run.Output.IndexOf("Heavy.Tests ran", StringComparison.Ordinal), run.Describe());
        run.Output.ShouldContain("Total: no test results to add up", Case.Sensitive, run.Describe());
    }

    [Test]
    public async Task A_project_that_cannot_be_read_fails_the_run_and_every_other_test_project_still_runs()
    {
        using var solution = new SampleSolution(
            ("Heavy.Tests", Project(runsAlone: true)), ("Broken.Tests", "<Project>\n<Project>\n"), ("Quick.Tests", Project(runsAlone: false)));

        var run = await solution.TestAsync();

        run.ExitCode.ShouldNotBe(0, run.Describe());
        run.Output.ShouldContain("Broken.Tests.csproj", Case.Sensitive, run.Describe());
        run.Output.ShouldContain("Not every project of the solution could be read (see the error above), so none runs alone", Case.Sensitive, run.Describe());
        run.Output.ShouldContain("Quick.Tests ran", Case.Sensitive, run.Describe());
        run.Output.ShouldContain("Heavy.Tests ran", Case.Sensitive, run.Describe());
        run.Output.ShouldContain("Total: no test results to add up", Case.Sensitive, run.Describe());
    }

    /// <summary>A test project that only says it ran, with the repository's schedule target.</summary>
    private static string Project(bool runsAlone) => $"""
        <Project>
          <PropertyGroup>
            <IsTestProject>true</IsTestProject>
            <LooperTestsRunAlone>{(runsAlone ? "true" : "false")}</LooperTestsRunAlone>
          </PropertyGroup>
          <Import Project="../Directory.Build.targets" />
          <Target Name="VSTest">
            <Message Importance="high" Text="$(MSBuildProjectName) ran" />
          </Target>
        </Project>
        """;

    /// <summary>Read the solution's test projects from their project files: each name, and whether it asks to run alone.</summary>
    private static Dictionary<string, bool> TestProjectsOfTheSolution() =>
        ProjectPath().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Looper.sln")))
            .Select(match => Path.Combine(RepositoryRoot.Path, match.Groups["path"].Value.Replace('\\', '/')))
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Properties: XDocument.Load(path).Descendants().ToList()))
            .Where(project => project.Properties.Any(element => element.Name.LocalName == "IsTestProject" && element.Value.Trim() == "true"))
            .ToDictionary(
                project => project.Name,
                project => project.Properties.Any(element => element.Name.LocalName == "LooperTestsRunAlone" && element.Value.Trim() == "true"),
                StringComparer.Ordinal);

    private static string[] Names(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^\s*Test projects side by side: (?<together>[^;\n]*); then one at a time: (?<alone>[^\n]*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex OrderLine();

    [GeneratedRegex(@"^Project\(""[^""]+""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex ProjectPath();
}
