using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Looper.Grading.Reports;
using Looper.Grading.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Looper.Grading.Tests.Integrations;

/// <summary>
/// Check grading/classroom-workflow.yml: its reporter step reads the grade step's result, and the grade step's own shell
/// turns the grader's classroom result into the base64 payload GitHub Classroom's reporter decodes.
/// </summary>
public sealed class ClassroomWorkflowTests
{
    private static readonly string WorkflowPath = RepositoryFiles.PathOf("grading/classroom-workflow.yml");

    [Test]
    public void The_reporter_step_reads_the_grade_steps_result_and_the_job_is_the_check_run_the_reporter_updates()
    {
        var job = Job();

        Scalar(job, "name").ShouldBe("Autograding Tests");
        var permissions = (YamlMappingNode)Root().Children[new YamlScalarNode("permissions")];
        Scalar(permissions, "checks").ShouldBe("write");
        var reporter = Steps(job).Single(step => Scalar(step, "uses")?.StartsWith("classroom-resources/autograding-grading-reporter@", StringComparison.Ordinal) == true);
        var runners = Scalar((YamlMappingNode)reporter.Children[new YamlScalarNode("with")], "runners");
        runners.ShouldBe("looper");
        Scalar((YamlMappingNode)reporter.Children[new YamlScalarNode("env")], "LOOPER_RESULTS").ShouldBe("${{ steps.looper.outputs.result }}");
        Steps(job).Count(step => Scalar(step, "id") == runners).ShouldBe(1);
    }

    [Test]
    public void Only_the_step_that_checks_out_the_hidden_pack_gets_its_token_and_it_keeps_no_credentials()
    {
        var text = File.ReadAllText(WorkflowPath);
        var job = Job();

        job.Children.ContainsKey(new YamlScalarNode("env")).ShouldBeFalse("a job-level env would give the token to every step");
        ((YamlMappingNode)Root().Children[new YamlScalarNode("env")]).Children.Keys.Select(key => key.ToString()).ShouldNotContain("HIDDEN_SCENARIOS_TOKEN");
        var users = Steps(job).Where(step => step.AllNodes.OfType<YamlScalarNode>().Any(node => node.Value?.Contains("HIDDEN_SCENARIOS_TOKEN", StringComparison.Ordinal) == true)).ToList();
        users.Count.ShouldBe(1);
        var with = (YamlMappingNode)users[0].Children[new YamlScalarNode("with")];
        Scalar(with, "token").ShouldBe("${{ secrets.HIDDEN_SCENARIOS_TOKEN }}");
        Scalar(with, "persist-credentials").ShouldBe("false");
        text.Split("HIDDEN_SCENARIOS_TOKEN }}").Length.ShouldBe(2, "the secret is read in one place only");
    }

    [Test]
    public async Task The_grade_steps_shell_posts_a_base64_payload_with_the_tests_scores_and_the_max_score()
    {
        Assume.That(!OperatingSystem.IsWindows(), "The workflow's shell is bash on ubuntu-latest.");
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Hanging);
        using var folder = new TemporaryFolder();
        var fakeBin = Directory.CreateDirectory(Path.Combine(folder.Path, "bin")).FullName;
        var result = Path.Combine(folder.Path, "made-by-the-grader.json");
        await File.WriteAllTextAsync(result, ClassroomResults.Write(card, showHidden: false));
        var fakeDotnet = Path.Combine(fakeBin, "dotnet");

        // Stands in for "dotnet run … grade": writes the grader's classroom result into --reports and exits 3 (not full marks).
        await File.WriteAllTextAsync(fakeDotnet, $"#!/bin/sh\nmkdir -p grading-reports\ncp '{result}' grading-reports/classroom-results.json\nexit 3\n");
        MakeExecutable(fakeDotnet);
        var output = Path.Combine(folder.Path, "github-output");
        await File.WriteAllTextAsync(output, string.Empty);

        var exitCode = await RunBashAsync(GradeScript(), folder.Path, new Dictionary<string, string>
        {
            ["PATH"] = fakeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["GITHUB_OUTPUT"] = output,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(folder.Path, "summary.md"),
            ["SUBMISSION"] = "katas/starter",
        });

        exitCode.ShouldBe(0);
        var line = (await File.ReadAllLinesAsync(output)).Single();
        line.ShouldStartWith("result=");
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(line["result=".Length..]));
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        root.GetProperty("max_score").GetDouble().ShouldBe(card.MaxPoints);
        root.GetProperty("tests").EnumerateArray().Sum(test => test.GetProperty("score").GetDouble()).ShouldBe(card.Points);
        root.GetProperty("status").GetString().ShouldBe("fail");
        ReportSchemas.Classroom.ShouldMatch(root, "the classroom payload");
    }

    [Test]
    public async Task The_grade_step_fails_when_the_grader_did_not_run()
    {
        Assume.That(!OperatingSystem.IsWindows(), "The workflow's shell is bash on ubuntu-latest.");
        using var folder = new TemporaryFolder();
        var fakeBin = Directory.CreateDirectory(Path.Combine(folder.Path, "bin")).FullName;
        var fakeDotnet = Path.Combine(fakeBin, "dotnet");
        await File.WriteAllTextAsync(fakeDotnet, "#!/bin/sh\necho 'no SDK' >&2\nexit 9\n");
        MakeExecutable(fakeDotnet);

        var exitCode = await RunBashAsync(GradeScript(), folder.Path, new Dictionary<string, string>
        {
            ["PATH"] = fakeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["GITHUB_OUTPUT"] = Path.Combine(folder.Path, "github-output"),
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(folder.Path, "summary.md"),
            ["SUBMISSION"] = "katas/starter",
        });

        exitCode.ShouldBe(9);
    }

    private static void MakeExecutable(string file)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowPath);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Job() =>
        (YamlMappingNode)((YamlMappingNode)Root().Children[new YamlScalarNode("jobs")]).Children.Single().Value;

    private static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static string GradeScript() => Scalar(Steps(Job()).Single(step => Scalar(step, "id") == "looper"), "run")!;

    private static async Task<int> RunBashAsync(string script, string workingDirectory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-e", "-c", script]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        TestContext.Out.WriteLine(await stdout + await stderr);
        return process.ExitCode;
    }
}
