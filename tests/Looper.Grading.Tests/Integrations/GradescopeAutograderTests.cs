using System.Text.Json;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Integrations;

/// <summary>Run grading/gradescope/run_autograder end to end against Gradescope's folder layout, under a temporary root.</summary>
public sealed class GradescopeAutograderTests
{
    [Test]
    public async Task Run_autograder_grades_the_submission_folder_into_results_json_with_full_marks()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Gradescope's autograder runs on Ubuntu.");
        var looper = await InstalledTool.PathAsync();
        using var root = new TemporaryFolder();
        var source = Directory.CreateDirectory(Path.Combine(root.Path, "source")).FullName;
        File.Copy(RepositoryFiles.PathOf("grading/gradescope/run_autograder"), Path.Combine(source, "run_autograder"));
        Directory.CreateDirectory(Path.Combine(source, "grading"));
        File.Copy(RepositoryFiles.PathOf("grading/grading.json"), Path.Combine(source, "grading", "grading.json"));
        CopyFolder(RepositoryFiles.PathOf("grading/hidden"), Path.Combine(source, "grading", "hidden"));
        StandaloneSubmission.Write(Path.Combine(root.Path, "submission"));

        var run = await InstalledTool.RunAsync("bash", [Path.Combine(source, "run_autograder")], source, new Dictionary<string, string>
        {
            ["AUTOGRADER_ROOT"] = root.Path,
            ["LOOPER"] = looper,
        });

        run.ExitCode.ShouldBe(0, run.Output);
        var results = Path.Combine(root.Path, "results", "results.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(results));
        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();
        tests.Count(test => test.GetProperty("number").GetString()!.StartsWith("hidden-", StringComparison.Ordinal)).ShouldBe(4);
        json.RootElement.GetProperty("score").GetDouble().ShouldBe(tests.Sum(test => test.GetProperty("max_score").GetDouble()));
        ReportSchemas.Gradescope.ShouldMatch(json.RootElement, "results.json");
    }

    [Test]
    public async Task Run_autograder_writes_results_with_no_points_and_the_reason_when_the_submission_holds_no_project()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Gradescope's autograder runs on Ubuntu.");
        var looper = await InstalledTool.PathAsync();
        using var root = new TemporaryFolder();
        var source = Directory.CreateDirectory(Path.Combine(root.Path, "source")).FullName;
        File.Copy(RepositoryFiles.PathOf("grading/gradescope/run_autograder"), Path.Combine(source, "run_autograder"));
        Directory.CreateDirectory(Path.Combine(root.Path, "submission"));
        await File.WriteAllTextAsync(Path.Combine(root.Path, "submission", "notes.txt"), "no code here");

        var run = await InstalledTool.RunAsync("bash", [Path.Combine(source, "run_autograder")], source, new Dictionary<string, string>
        {
            ["AUTOGRADER_ROOT"] = root.Path,
            ["LOOPER"] = looper,
        });

        run.ExitCode.ShouldBe(0, run.Output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root.Path, "results", "results.json")));
        json.RootElement.GetProperty("score").GetDouble().ShouldBe(0);
        json.RootElement.GetProperty("output").GetString()!.ShouldContain("holds no project (.csproj)");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
