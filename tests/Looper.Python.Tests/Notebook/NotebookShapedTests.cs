using Looper.Conformance;
using Looper.Python.Tests.Grading;
using Looper.Sandbox;

namespace Looper.Python.Tests.Notebook;

/// <summary>A module in the notebook's shape is graded in the sandbox with nothing but its file: no edits, no configuration.</summary>
public sealed class NotebookShapedTests
{
    private static readonly string Module = Path.Combine(AppContext.BaseDirectory, "Notebook", "notebook_shaped.py");

    [Test]
    public async Task A_notebook_shaped_module_alone_in_a_folder_is_graded_in_the_sandbox_and_passes_every_core_scenario()
    {
        PythonRequirement.EnsureSandbox();
        var submission = Directory.CreateTempSubdirectory("looper-python-submission-");
        using var scratch = ScratchFolder.Create();
        try
        {
            File.Copy(Module, Path.Combine(submission.FullName, "notebook_shaped.py"));
            if (!OperatingSystem.IsWindows())
            {
                // The sandbox runs the host as an unprivileged user, who must be able to read the submission.
                File.SetUnixFileMode(submission.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            var policy = new SandboxPolicy(scratch)
            {
                HiddenPaths = ["/root", "/home", PythonGrading.RepositoryRoot],
                ReadOnlyPaths = [AppContext.BaseDirectory],
            };

            var outcomes = await PythonGrading.GradeAsync(submission.FullName, policy);

            var report = PythonGrading.Report(outcomes);
            await TestContext.Out.WriteLineAsync(report);
            outcomes.Where(outcome => outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable))
                .ShouldBeEmpty($"The notebook-shaped module must pass every core scenario:\n{report}");
            outcomes.Count(outcome => outcome.Status == OutcomeStatus.Passed).ShouldBeGreaterThan(100, report);
        }
        finally
        {
            submission.Delete(recursive: true);
        }
    }
}
