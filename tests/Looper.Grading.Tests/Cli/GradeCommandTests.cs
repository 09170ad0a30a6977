using System.Text.Json;
using Looper.Cli;
using Looper.Conformance.Bridge;
using Looper.Grading.Reports;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Cli;

/// <summary>Run <c>looper grade</c> end to end: the main job on the reference, bad input with its exit codes, and a batch.</summary>
public sealed class GradeCommandTests
{
    private static readonly string Config = RepositoryFiles.PathOf("grading/grading.json");

    [Test]
    public async Task Grading_the_reference_with_the_repositorys_config_prints_full_marks_writes_every_report_and_exits_0()
    {
        using var reports = new TemporaryFolder();

        var run = await CliRun.StartAsync("grade", "--config", Config, "--reports", reports.Path);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Output + run.Error);
        var scenarios = FeatureCatalog.Features.Sum(feature => feature.Scenarios.Count) + 4;
        run.Output.ShouldContain($"Grading reference implementation (Looper.Reference) against {scenarios} scenarios (4 hidden)");
        run.Output.ShouldContain($"All {scenarios} scenarios passed");
        run.Output.ShouldContain("Looper conformance suite " + Grader.SuiteVersion);
        Directory.GetFiles(reports.Path).Select(Path.GetFileName).ShouldBe(
            [ReportFiles.ExercismName, ReportFiles.GradescopeName, ReportFiles.JUnitName, ReportFiles.MarkdownName, ReportFiles.ClassroomName], ignoreOrder: true);
    }

    [Test]
    public async Task A_missing_submission_exits_4_with_a_clear_message()
    {
        var run = await CliRun.StartAsync("grade", "/no/such/submission");

        run.ExitCode.ShouldBe(ExitCodes.SubmissionNotFound);
        run.Error.Trim().ShouldBe("'/no/such/submission' does not exist. Check the path of the submission.");
    }

    [Test]
    public async Task A_folder_with_no_project_exits_4()
    {
        var run = await CliRun.StartAsync("grade", RepositoryFiles.PathOf("grading/hidden"));

        run.ExitCode.ShouldBe(ExitCodes.SubmissionNotFound);
        run.Error.ShouldContain("holds no project (.csproj)");
    }

    [Test]
    public async Task A_project_with_no_implementation_exits_6_and_says_what_to_add()
    {
        // The contract's own assembly loads, but implements nothing.
        var run = await CliRun.StartAsync("grade", Path.Combine(AppContext.BaseDirectory, "Looper.Contract.dll"), "--no-hidden");

        run.ExitCode.ShouldBe(ExitCodes.NoSingleImplementation);
        run.Output.ShouldContain("Looper.Contract has no class that implements Looper.ILooperImplementation.");
    }

    [Test]
    public async Task A_submission_with_two_implementations_exits_6_and_names_both()
    {
        var assembly = await GradedSubmissions.BuiltAssemblyAsync(GradedSubmissions.TwoImplementations);

        var run = await CliRun.StartAsync("grade", assembly, "--no-hidden");

        run.ExitCode.ShouldBe(ExitCodes.NoSingleImplementation);
        run.Output.ShouldContain("TwoImplementations has 2 classes that implement Looper.ILooperImplementation", Case.Sensitive);
        run.Output.ShouldContain("Looper.Submissions.TwoImplementations.FirstLooperImplementation", Case.Sensitive);
        run.Output.ShouldContain("Looper.Submissions.TwoImplementations.SecondLooperImplementation", Case.Sensitive);
    }

    [Test]
    public async Task A_submission_that_does_not_compile_exits_5_and_its_reports_carry_the_compilers_errors()
    {
        await GradedSubmissions.ReportAsync(GradedSubmissions.Broken);
        using var reports = new TemporaryFolder();

        var run = await CliRun.StartAsync("grade", Path.Combine(GradedSubmissions.SubmissionsFolder, "broken"), "--no-hidden", "--reports", reports.Path);

        run.ExitCode.ShouldBe(ExitCodes.DoesNotCompile);
        run.Output.ShouldContain("BrokenLooperImplementation.cs(10,44): error CS1002: ; expected", Case.Sensitive);
        using var exercism = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports.Path, ReportFiles.ExercismName)));
        exercism.RootElement.GetProperty("status").GetString().ShouldBe("error");
        exercism.RootElement.GetProperty("message").GetString().ShouldBe("The submission does not compile: 1 error(s).\nBrokenLooperImplementation.cs(10,44): error CS1002: ; expected");
    }

    [Test]
    public async Task A_malformed_grading_config_exits_7()
    {
        using var folder = new TemporaryFolder();
        var config = Path.Combine(folder.Path, "grading.json");
        await File.WriteAllTextAsync(config, "{ \"points\": { \"stage-1\": \"lots\" } }");

        var run = await CliRun.StartAsync("grade", "--config", config);

        run.ExitCode.ShouldBe(ExitCodes.BadGradingConfig);
        run.Error.ShouldContain($"The grading config '{config}' is malformed at line 1, $.points.stage-1");
    }

    [Test]
    public async Task A_missing_hidden_folder_exits_7()
    {
        var run = await CliRun.StartAsync("grade", "--hidden", "/no/such/hidden");

        run.ExitCode.ShouldBe(ExitCodes.BadGradingConfig);
        run.Error.ShouldContain("The hidden scenario folder '/no/such/hidden' does not exist.");
    }

    [TestCase("--scenario-timeout", "0", "--scenario-timeout must be a number of seconds above 0 and at most 86400, got '0'.")]
    [TestCase("--timeout", "soon", "--timeout must be a number of seconds above 0 and at most 86400, got 'soon'.")]
    [TestCase("--parallel", "0", "--parallel must be a whole number above 0, got '0'.")]
    public async Task A_bad_option_value_is_a_usage_error(string option, string value, string message)
    {
        var run = await CliRun.StartAsync("grade", option, value);

        run.ExitCode.ShouldBe(ExitCodes.UsageError);
        run.Error.Trim().ShouldBe(message);
    }

    [Test]
    public async Task Grade_help_documents_every_exit_code()
    {
        var run = await CliRun.StartAsync("grade", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Output.ReplaceLineEndings(" ").ShouldContain("7 bad grading config or hidden pack");
        run.Output.ShouldContain("--batch");
        run.Output.ShouldContain("--gradescope");
    }

    [Test]
    public async Task A_batch_grades_every_submission_folder_and_writes_the_matrix_and_each_submissions_reports()
    {
        // Built submissions, so the batch spends its time grading rather than building again.
        using var batch = new TemporaryFolder();
        foreach (var name in (string[])[GradedSubmissions.Stub, GradedSubmissions.Hanging, GradedSubmissions.TwoImplementations])
        {
            var output = Path.GetDirectoryName(await GradedSubmissions.BuiltAssemblyAsync(name))!;
            var copy = Directory.CreateDirectory(Path.Combine(batch.Path, name)).FullName;
            foreach (var file in Directory.GetFiles(output))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }
        }

        Directory.CreateDirectory(Path.Combine(batch.Path, "empty"));
        using var reports = new TemporaryFolder();

        var run = await CliRun.StartAsync("grade", batch.Path, "--batch", "--reports", reports.Path, "--no-hidden", "--scenario-timeout", "3", "--parallel", "2");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Output + run.Error);
        run.Output.ShouldContain("Grading 4 submissions against");
        var matrix = await File.ReadAllTextAsync(Path.Combine(reports.Path, "matrix.md"));
        matrix.ShouldContain("| empty | not graded: ", Case.Sensitive);
        matrix.ShouldContain("| two-implementations | the submission has more than one implementation of ILooperImplementation |", Case.Sensitive);
        matrix.ShouldContain("| stub | graded | 0 / ", Case.Sensitive);
        matrix.ShouldContain("| hanging | graded | ", Case.Sensitive);
        File.Exists(Path.Combine(reports.Path, "matrix.html")).ShouldBeTrue();
        foreach (var name in (string[])["hanging", "stub", "two-implementations"])
        {
            File.Exists(Path.Combine(reports.Path, name, ReportFiles.GradescopeName)).ShouldBeTrue(name);
        }

        Directory.Exists(Path.Combine(reports.Path, "empty")).ShouldBeFalse();
        using var hanging = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports.Path, "hanging", ReportFiles.GradescopeName)));
        hanging.RootElement.GetProperty("tests").EnumerateArray()
            .Count(test => test.GetProperty("extra_data").GetProperty("status").GetString() == "timed out").ShouldBe(1);
    }
}
