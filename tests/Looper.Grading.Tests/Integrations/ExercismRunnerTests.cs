using System.Text.Json;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Integrations;

/// <summary>Run grading/exercism/bin/run.sh end to end as Exercism's test-runner interface calls it.</summary>
public sealed class ExercismRunnerTests
{
    private static readonly string RunScript = RepositoryFiles.PathOf("grading/exercism/bin/run.sh");

    [Test]
    public async Task Run_sh_grades_a_read_only_solution_into_results_json_version_3_and_exits_0()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Exercism's runners are Linux containers.");
        var looper = await InstalledTool.PathAsync();
        using var folder = new TemporaryFolder();
        var input = StandaloneSubmission.Write(Path.Combine(folder.Path, "input"));
        StandaloneSubmission.MakeReadOnly(input);
        var before = StandaloneSubmission.Listing(input);
        var output = Path.Combine(folder.Path, "output");

        var run = await InstalledTool.RunAsync("bash", [RunScript, "looper", input + "/", output + "/"], folder.Path, new Dictionary<string, string> { ["LOOPER"] = looper });

        run.ExitCode.ShouldBe(0, run.Output);
        StandaloneSubmission.Listing(input).ShouldBe(before);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.json")));
        json.RootElement.GetProperty("version").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("status").GetString().ShouldBe("pass");
        Validate(json.RootElement);
    }

    [Test]
    public async Task Run_sh_exits_0_with_an_error_status_when_the_solution_does_not_compile()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Exercism's runners are Linux containers.");
        var looper = await InstalledTool.PathAsync();
        using var folder = new TemporaryFolder();
        var input = StandaloneSubmission.Write(Path.Combine(folder.Path, "input"));
        await File.AppendAllTextAsync(Path.Combine(input, "WarningLooperImplementation.cs"), "\nthis is not C#\n");
        var output = Path.Combine(folder.Path, "output");

        var run = await InstalledTool.RunAsync("bash", [RunScript, "looper", input, output], folder.Path, new Dictionary<string, string> { ["LOOPER"] = looper });

        run.ExitCode.ShouldBe(0, run.Output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.json")));
        json.RootElement.GetProperty("status").GetString().ShouldBe("error");
        json.RootElement.GetProperty("message").GetString()!.ShouldContain("does not compile");
        Validate(json.RootElement);
    }

    [Test]
    public async Task Run_sh_exits_non_zero_when_it_cannot_run_at_all()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Exercism's runners are Linux containers.");
        using var folder = new TemporaryFolder();

        var run = await InstalledTool.RunAsync("bash", [RunScript, "looper", Path.Combine(folder.Path, "missing"), Path.Combine(folder.Path, "output")], folder.Path);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("does not exist");
    }

    private static void Validate(JsonElement root) => ReportSchemas.Exercism.ShouldMatch(root, "results.json");
}
