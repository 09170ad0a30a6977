using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Integrations;

/// <summary>Install looper as a .NET tool from its package and grade a folder with it, as the README says.</summary>
public sealed class ToolInstallTests
{
    [Test]
    public async Task The_tool_installed_with_tool_path_grades_a_folder_with_looper_grade()
    {
        // A folder of built output, so this test spends its time on the tool, not on a build; the Gradescope and
        // Exercism tests run the same installed tool on source folders.
        var looper = await InstalledTool.PathAsync();
        var folder = Path.GetDirectoryName(await GradedSubmissions.BuiltAssemblyAsync(GradedSubmissions.Stub))!;
        using var reports = new TemporaryFolder();

        var run = await InstalledTool.RunAsync(looper, ["grade", folder, "--no-hidden", "--reports", reports.Path], reports.Path);

        run.ExitCode.ShouldBe(Looper.Cli.ExitCodes.NotFullMarks, run.Output);
        run.Output.ShouldContain("Running ");
        run.Output.ShouldContain("scenarios passed: 0 of ");
        run.Output.ShouldContain("not implemented: ILooperImplementation.");
        File.Exists(Path.Combine(reports.Path, Grading.Reports.ReportFiles.ClassroomName)).ShouldBeTrue();
    }
}
