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
