using Looper.Packaging.Tests.Packing;

namespace Looper.Packaging.Tests.Commands;

/// <summary>
/// The grand total that ends <c>dotnet test Looper.sln</c>: Directory.Solution.targets adds up the TRX files the test
/// projects wrote, here sample ones in a temporary folder.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class SolutionTotalTests
{
    [Test]
    public async Task Adds_up_every_projects_counts_failed_errors_included_and_skipped_as_what_neither_passed_nor_failed()
    {
        var folder = Directory.CreateTempSubdirectory("looper-trx-").FullName;
        try
        {
            await WriteTrxAsync(folder, "A.Tests", total: 81, passed: 81, failed: 0, error: 0, notExecuted: 0);
            await WriteTrxAsync(folder, "B.Tests", total: 120, passed: 100, failed: 3, error: 1, notExecuted: 16);
            await WriteTrxAsync(folder, "C.Tests", total: 7, passed: 0, failed: 7, error: 0, notExecuted: 0);

            var run = await TotalOfAsync(folder);

            run.ExitCode.ShouldBe(0, run.Describe());
            run.Output.ShouldContain("Total: 208 tests, 181 passed, 11 failed, 16 skipped in 3 test projects", Case.Sensitive, run.Describe());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Says_so_when_there_are_no_results_to_add_up()
    {
        var folder = Directory.CreateTempSubdirectory("looper-trx-").FullName;
        try
        {
            var run = await TotalOfAsync(folder);

            run.ExitCode.ShouldBe(0, run.Describe());
            run.Output.ShouldContain("Total: no test results to add up", Case.Sensitive, run.Describe());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<CommandResult> TotalOfAsync(string folder) => ChildCommand.RunAsync(
        "dotnet",
        ["msbuild", Path.Combine(RepositoryRoot.Path, "Directory.Solution.targets"), "-t:LooperTestTotal", $"-p:LooperTestResultsFolder={folder}/", "-nologo"],
        folder);

    private static Task WriteTrxAsync(string folder, string project, int total, int passed, int failed, int error, int notExecuted) =>
        File.WriteAllTextAsync(Path.Combine(folder, $"{project}.trx"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="{Guid.NewGuid()}" name="{project}" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="{(failed + error > 0 ? "Failed" : "Completed")}">
                <Counters total="{total}" executed="{total - notExecuted}" passed="{passed}" failed="{failed}" error="{error}" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="{notExecuted}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
              </ResultSummary>
            </TestRun>
            """);
}
