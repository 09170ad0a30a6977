using Looper.Conformance;
using Looper.Python.Tests.Grading;

namespace Looper.Python.Tests.Errata;

/// <summary>Each Python looper with one erratum of spec section 12 fails the scenarios tagged with that erratum, and exactly the scenarios its bug reaches.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class ErratumLooperTests
{
    public static IEnumerable<TestCaseData> Loopers() =>
        ErratumLooper.All.Select(looper => new TestCaseData(looper).SetName($"A Python looper with erratum {looper.Erratum} fails its scenarios: {looper.Bug}"));

    [TestCaseSource(nameof(Loopers))]
    public async Task The_erratum_looper_fails_the_scenarios_of_its_erratum(ErratumLooper looper)
    {
        ArgumentNullException.ThrowIfNull(looper);
        var folder = Directory.CreateTempSubdirectory("looper-python-erratum-");
        try
        {
            var outcomes = await PythonGrading.GradeAsync(looper.Write(PythonGrading.Exemplar, folder.FullName));

            var report = PythonGrading.Report(outcomes);
            await TestContext.Out.WriteLineAsync(report);
            var failed = outcomes.Where(outcome => outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable)).Select(outcome => outcome.Scenario.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var named = outcomes.Where(outcome => outcome.Scenario.Tags.Contains($"erratum-{looper.Erratum}")).Select(outcome => outcome.Scenario.Id).ToList();
            string.Join(" ", failed).ShouldBe(looper.Fails, $"{looper.Erratum}'s looper must fail exactly these scenarios:\n{report}");
            named.ShouldBeSubsetOf(failed, $"a scenario tagged @erratum-{looper.Erratum} passes:\n{report}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
