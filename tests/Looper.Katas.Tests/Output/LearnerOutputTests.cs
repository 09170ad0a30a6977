using System.Text.RegularExpressions;
using Looper.Conformance.Bridge;

namespace Looper.Katas.Tests.Output;

/// <summary>
/// Run <c>katas/stage.sh 1</c> on the starter for real and hold its output to what the documents promise: one
/// screen per failure, no "Build failed", the step trace only on request, and the README samples word for word.
/// </summary>
/// <remarks>
/// The run asks for .NET's terminal logger (<c>MSBUILDTERMINALLOGGER=on</c>), as a terminal would, to prove that
/// stage.sh still prints failed tests as failed tests. It builds only the starter's test project: the starter and the
/// suite are already built as references of this project.
/// </remarks>
[TestFixture]
[Category("slow")]
public sealed partial class LearnerOutputTests
{
    /// <summary>The most lines a failure may take: one screen, with room for the test runner's own lines.</summary>
    private const int OneScreen = 15;

    /// <summary>The documents that show a failure, each in a <c>text</c> block after a <c>&lt;!-- sample: katas/stage.sh 1 --&gt;</c> line.</summary>
    private static readonly string[] Documents = ["README.md", "katas/README.md"];

    private string _output = string.Empty;
    private IReadOnlyList<string> _failures = [];

    [OneTimeSetUp]
    public async Task RunStage1OfTheStarter()
    {
        var (exitCode, output) = await StageAsync("1");
        exitCode.ShouldNotBe(0, output);
        _output = output;
        _failures = FailureBlocks.Of(output);
    }

    [Test]
    public void Every_stage_1_scenario_fails_and_the_run_says_tests_failed_not_that_the_build_did()
    {
        _failures.Count.ShouldBe(Stage1Scenarios().Count, _output);
        _output.ShouldContain($"Failed!  - Failed:    {Stage1Scenarios().Count}", Case.Sensitive, _output);
        _output.ShouldNotContain("Build failed", Case.Insensitive, _output);
        _output.ShouldNotContain("TESTERROR", Case.Sensitive, _output);
    }

    [Test]
    public async Task A_plain_dotnet_test_of_the_starter_in_a_terminal_says_tests_failed_not_that_the_build_did()
    {
        // No stage.sh and no MSBUILDTERMINALLOGGER: the repository's Directory.Build.rsp alone keeps the terminal logger off.
        var project = RepositoryFiles.PathOf("katas/starter/Looper.Kata.Tests");
        var (exitCode, output) = await TerminalRun.RunAsync($"dotnet test {project} --no-build -c {Configuration()} --filter Category=stage-1", RepositoryFiles.Root);

        exitCode.ShouldNotBe(0, output);
        output.ShouldContain($"Failed!  - Failed:    {Stage1Scenarios().Count}", Case.Sensitive, output);
        output.ShouldNotContain("Build failed", Case.Insensitive, output);
        output.ShouldNotContain("TESTERROR", Case.Sensitive, output);
    }

    [Test]
    public void Each_failure_fits_on_one_screen_with_its_scenario_id_and_hint_and_nothing_twice()
    {
        var ids = Stage1Scenarios().Select(scenario => scenario.Tags.Single(tag => tag.StartsWith("sc-", StringComparison.Ordinal))).Distinct().ToList();
        foreach (var failure in _failures)
        {
            var lines = failure.Split('\n');
            lines.Length.ShouldBeLessThanOrEqualTo(OneScreen, failure);
            ids.Count(id => failure.Contains(id, StringComparison.Ordinal)).ShouldBe(1, $"the failure should name its scenario ID:\n{failure}");
            failure.ShouldContain("Hint (stage 1): ", Case.Sensitive, failure);
            failure.ShouldContain("at Looper.Kata.", Case.Sensitive, $"the failure should say where in the learner's code:\n{failure}");
            lines.Where(line => line.Trim().Length > 0).GroupBy(line => line.Trim()).Where(group => group.Count() > 1)
                .Select(group => group.Key).ShouldBeEmpty($"no line should appear twice:\n{failure}");
            failure.ShouldNotContain("Standard Output Messages", Case.Sensitive, "the step trace is off unless asked for");
        }
    }

    [Test]
    public void The_documents_show_a_failure_exactly_as_the_run_prints_it()
    {
        foreach (var document in Documents)
        {
            var match = Sample().Match(RepositoryFiles.Read(document));
            match.Success.ShouldBeTrue($"{document} should hold a ```text sample after <!-- sample: katas/stage.sh 1 -->");
            var sample = match.Groups["text"].Value.TrimEnd();
            var firstLine = sample.Split('\n')[0];
            var real = _failures.Select(failure => FailureBlocks.AsDocumented(failure, RepositoryFiles.Root))
                .SingleOrDefault(failure => failure.Split('\n')[0] == firstLine);
            real.ShouldNotBeNull($"{document}'s sample starts with a failure the run does not print: {firstLine}\n{_output}");
            sample.ShouldBe(real, $"{document}'s sample should be what katas/stage.sh 1 prints");
        }
    }

    [Test]
    public async Task The_step_trace_is_there_on_request()
    {
        var (_, output) = await StageAsync("1", "--only", "--trace", "--no-build");

        output.ShouldContain("Given a wait \"W\" of 5 seconds", Case.Sensitive, output);
        output.ShouldContain("-> error: not implemented: ILooperImplementation.CreateWait", Case.Sensitive, output);
        FailureBlocks.Of(output).Count.ShouldBe(Stage1Scenarios().Count, output);
    }

    private static Task<(int ExitCode, string Output)> StageAsync(params string[] arguments)
    {
        return ChildRun.RunAsync(
            "bash",
            [RepositoryFiles.PathOf("katas/stage.sh"), .. arguments, "-c", Configuration(), "-p:BuildProjectReferences=false"],
            RepositoryFiles.Root,
            new Dictionary<string, string> { ["MSBUILDTERMINALLOGGER"] = "on" });
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static List<ScenarioCase> Stage1Scenarios() =>
        [.. FeatureCatalog.Features.SelectMany(feature => feature.Scenarios)
            .Where(scenario => !scenario.Traits.IsExtension && scenario.Traits.Stage == 1)];

    [GeneratedRegex(@"<!-- sample: katas/stage\.sh 1 -->\s*```text\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Sample();
}
