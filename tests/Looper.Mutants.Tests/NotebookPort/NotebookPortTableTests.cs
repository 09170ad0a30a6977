using Looper.Mutants.Tests.Running;

namespace Looper.Mutants.Tests.NotebookPort;

/// <summary>Keep <c>spec/notebook-port.md</c> true: it must be exactly the table a run of the suite against the notebook's port produces.</summary>
public sealed class NotebookPortTableTests
{
    [Test]
    public async Task The_committed_table_matches_a_run_of_the_suite_against_the_notebook_port()
    {
        var outcomes = await SuiteRun.RunAsync("notebook port", () => new Looper.Mutants.NotebookPort.NotebookPort());
        var table = NotebookPortTable.Render(outcomes).ReplaceLineEndings("\n");

        var approvedPath = RepositoryFiles.PathOf(NotebookPortTable.RelativePath);
        var receivedPath = Path.ChangeExtension(approvedPath, ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (table == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        await File.WriteAllTextAsync(receivedPath, table);
        table.ShouldBe(
            approved,
            $"{NotebookPortTable.RelativePath} is not what the notebook port does now. Review {Path.GetFileName(receivedPath)} beside it; if the change is right (a new scenario, a changed message), copy it over {Path.GetFileName(approvedPath)} and commit it.");
    }

    [Test]
    public async Task The_notebook_port_fails_every_scenario_that_shows_an_erratum_of_its_code()
    {
        var outcomes = await SuiteRun.RunAsync("notebook port errata", () => new Looper.Mutants.NotebookPort.NotebookPort());

        var erratumScenarios = outcomes.Where(outcome => outcome.Errata.Count > 0).ToList();
        erratumScenarios.Where(outcome => !outcome.Errata.Contains(FixedBySecondVersion) && !outcome.Failed).Select(outcome => outcome.ToString())
            .ShouldBeEmpty("Every scenario tagged @erratum-… shows a bug of the notebook's code, so the faithful port must fail it.");
        erratumScenarios.Where(outcome => outcome.Errata.SequenceEqual([FixedBySecondVersion]) && !outcome.Passed).Select(outcome => outcome.ToString())
            .ShouldBeEmpty($"Erratum {FixedBySecondVersion} is a bug of the notebook's first Looper class; the port follows the second, whose queue fixed it.");
    }

    /// <summary>The erratum of the notebook's first <c>Looper</c> class (no queue), which its second class, the one ported, fixed.</summary>
    private const string FixedBySecondVersion = "E6";
}
