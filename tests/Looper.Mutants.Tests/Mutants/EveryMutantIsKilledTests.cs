using Looper.Mutants.Tests.Running;

namespace Looper.Mutants.Tests.Mutants;

/// <summary>Run the whole suite against every mutant: each must fail, and fail a scenario tagged with the requirement its bug breaks.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class EveryMutantIsKilledTests
{
    public static IEnumerable<TestCaseData> Mutants() =>
        MutantCatalog.All.Select(mutant => new TestCaseData(mutant).SetName($"The suite kills {mutant.Name}, which breaks {mutant.RequirementId}"));

    [TestCaseSource(nameof(Mutants))]
    public async Task The_suite_fails_the_mutant_in_a_scenario_of_the_requirement_it_breaks(Mutant mutant)
    {
        ArgumentNullException.ThrowIfNull(mutant);

        var outcomes = await SuiteRun.RunAsync($"mutant {mutant.Name}", mutant.Create);

        var report = MutantReport.Of(mutant, outcomes);
        var killers = outcomes.Where(outcome => outcome.Failed && outcome.RequirementIds.Contains(mutant.RequirementId)).ToList();
        if (killers.Count == 0)
        {
            Assert.Fail($"No scenario tagged @{mutant.RequirementId} fails against {mutant.Name}: the suite misses this bug, so add a scenario that catches it.\n{report}");
        }

        var hangs = outcomes.Where(outcome => outcome.TimedOut).Select(outcome => outcome.Id).ToList();
        hangs.ShouldBeEmpty($"{mutant.Name} never returns in these scenarios; a mutant must fail fast, so make its bug one that does not spin.\n{report}");

        await TestContext.Out.WriteLineAsync($"Killed by {string.Join(", ", killers.Select(killer => killer.Id).Distinct())}.\n{report}");
    }
}
