using System.Reflection;
using Looper.Conformance;
using Looper.Conformance.Bridge;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;
using Looper.Grading.Submissions;
using Looper.Grading.Tests.Fixtures;
using Looper.Reference;

namespace Looper.Grading.Tests.Agreement;

/// <summary>
/// Grade implementations with <c>looper grade</c>'s <see cref="Grader"/> against every shipped scenario, in two orders, run them through the suite's
/// one entry point in this process, and through <c>dotnet test</c> (TRX) as <c>ConformanceSuite&lt;T&gt;</c> fixtures: every scenario gets the same status
/// on all three paths and in both orders, and the stage totals agree.
/// </summary>
/// <remarks>
/// "Agree" means: after mapping both paths onto one set of words (<see cref="Common(ScenarioStatus)"/> and <see cref="Common(OutcomeStatus)"/>), each
/// scenario key has the same word. Passed, failed, errored, timed out and not applicable map to themselves; the grader's skipped and the entry point's
/// ignored both mean "listed, not run"; the grader's crashed (the child process died) has no in-process counterpart and so never agrees.
/// A stage's totals agree when the grader's scorecard counts, for that stage, as many passed and as many listed scenarios as the in-process run.
/// TRX has only Passed, Failed and NotExecuted, so against it both sides are compared on that coarser set (<see cref="Trx(ScenarioStatus)"/>): passed;
/// did not pass (failed, errored, timed out, crashed); not run (not applicable, ignored, skipped). Per stage, TRX's passed, failed and not-executed counts
/// must equal the grader's scorecard: its passed count, its listed total less passed and not run, and its not-run count.
/// </remarks>
[NonParallelizable]
public sealed class GraderAgreementTests
{
    private static readonly TimeSpan NetTimeout = TimeSpan.FromSeconds(5);

    private static IEnumerable<TestCaseData> Implementations()
    {
        yield return new TestCaseData(GradedSubmissions.Reference).SetArgDisplayNames("reference");
        yield return new TestCaseData(GradedSubmissions.Stub).SetArgDisplayNames("stub: every member throws");
    }

    [TestCaseSource(nameof(Implementations))]
    public async Task The_grader_in_two_orders_the_in_process_entry_point_and_dotnet_test_give_every_scenario_the_same_status_and_every_stage_the_same_totals(string name)
    {
        var (submission, type) = await SubmissionAsync(name);
        var forward = ScenarioCatalog.Load(null);
        var backward = ScenarioCatalog.Create(FeatureCatalog.Features.Reverse(), [], null);
        backward.Scenarios.Select(scenario => scenario.Key).ShouldNotBe(forward.Scenarios.Select(scenario => scenario.Key), "the second order should differ from the first");

        var graded = ScoreModel.Score(await GradedSubmissions.Grader.GradeAsync(submission, forward, GradedSubmissions.Config, CancellationToken.None), GradedSubmissions.Config);
        var gradedBackward = await GradedSubmissions.Grader.GradeAsync(submission, backward, GradedSubmissions.Config, CancellationToken.None);
        var inProcess = new Dictionary<string, (int? Stage, string Status)>(StringComparer.Ordinal);
        foreach (var scenario in forward.Scenarios)
        {
            var outcome = await ConformanceRun.RunAsync((ILooperImplementation)Activator.CreateInstance(type, nonPublic: true)!, scenario.Case, NetTimeout);
            inProcess[scenario.Key] = (scenario.Stage, Common(outcome.Status));
        }

        var byGrader = graded.Scenarios.ToDictionary(scenario => scenario.Scenario.Key, scenario => Common(scenario.Status), StringComparer.Ordinal);
        var byGraderBackward = gradedBackward.Scenarios.ToDictionary(scenario => scenario.Scenario.Key, scenario => Common(scenario.Status), StringComparer.Ordinal);
        Lines(byGrader).ShouldBe(Lines(inProcess.ToDictionary(entry => entry.Key, entry => entry.Value.Status, StringComparer.Ordinal)), $"{name}: looper grade against the in-process entry point");
        Lines(byGraderBackward).ShouldBe(Lines(byGrader), $"{name}: looper grade in reverse order against forward order");

        var stagesByGrader = graded.Stages.Where(stage => stage.Label != ScoreModel.HiddenLabel).Select(stage => $"{stage.Label}: {stage.Passed}/{stage.Total}").ToList();
        var stagesInProcess = inProcess.Values.GroupBy(entry => entry.Stage).OrderBy(group => group.Key ?? int.MaxValue)
            .Select(group => $"{(group.Key is { } stage ? StageCatalog.TagOf(stage) : "unstaged")}: {group.Count(entry => entry.Status == "passed")}/{group.Count()}")
            .ToList();
        stagesByGrader.ShouldBe(stagesInProcess, $"{name}: the grader's stage totals against the in-process counts");

        var names = forward.Scenarios.ToDictionary(scenario => scenario.Key, scenario => ScenarioTestCases.TestName(ImplementationNames.Of(type), scenario.Case), StringComparer.Ordinal);
        var prefix = ImplementationNames.Of(type) + " / ";
        var trx = (await AgreementSuitesRun.ResultsAsync()).Where(result => result.TestName.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var stageOf = forward.Scenarios.GroupBy(scenario => names[scenario.Key], StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Stage, StringComparer.Ordinal);
        trx.ShouldNotBeEmpty($"dotnet test should have run tests named {prefix}...");
        trx.Select(result => $"{result.TestName}: {Trx(result.Outcome)}").Order(StringComparer.Ordinal)
            .ShouldBe(graded.Scenarios.Select(scenario => $"{names[scenario.Scenario.Key]}: {Trx(scenario.Status)}").Order(StringComparer.Ordinal), $"{name}: dotnet test (TRX) against looper grade");

        var stagesByTrx = trx.GroupBy(result => stageOf.GetValueOrDefault(result.TestName)).OrderBy(group => group.Key ?? int.MaxValue)
            .Select(group => Totals(group.Key, group.Count(result => Trx(result.Outcome) == "passed"), group.Count(result => Trx(result.Outcome) == "did not pass"), group.Count(result => Trx(result.Outcome) == "not run")))
            .ToList();
        var stagesByScorecard = graded.Stages.Where(stage => stage.Label != ScoreModel.HiddenLabel)
            .Select(stage => (Stage: stage, NotRun: graded.Scenarios.Count(scenario => !scenario.Scenario.Hidden && scenario.Scenario.Stage == stage.Stage && Trx(scenario.Status) == "not run")))
            .Select(entry => Totals(entry.Stage.Stage, entry.Stage.Passed, entry.Stage.Total - entry.Stage.Passed - entry.NotRun, entry.NotRun))
            .ToList();
        stagesByTrx.ShouldBe(stagesByScorecard, $"{name}: dotnet test's (TRX) stage totals against the grader's scorecard");
    }

    private static string Totals(int? stage, int passed, int failed, int notRun) =>
        $"{(stage is { } number ? StageCatalog.TagOf(number) : "unstaged")}: {passed} passed, {failed} failed, {notRun} not run";

    private static string Trx(string outcome) => outcome switch
    {
        "Passed" => "passed",
        "Failed" => "did not pass",
        "NotExecuted" => "not run",
        _ => $"unmapped TRX outcome {outcome}",
    };

    private static string Trx(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Passed => "passed",
        ScenarioStatus.Failed or ScenarioStatus.Errored or ScenarioStatus.TimedOut or ScenarioStatus.Crashed => "did not pass",
        _ => "not run",
    };

    private static async Task<(Submission Submission, Type Type)> SubmissionAsync(string name)
    {
        if (name == GradedSubmissions.Reference)
        {
            return (SubmissionLocator.Reference(), typeof(ReferenceLooperImplementation));
        }

        var assembly = await GradedSubmissions.BuiltAssemblyAsync(name);
        var type = Assembly.LoadFrom(assembly).GetTypes().Single(candidate => typeof(ILooperImplementation).IsAssignableFrom(candidate) && !candidate.IsAbstract);
        return (SubmissionLocator.Locate(assembly, RepositoryFiles.Root), type);
    }

    private static List<string> Lines(Dictionary<string, string> statuses) =>
        [.. statuses.Select(entry => $"{entry.Key}: {entry.Value}").Order(StringComparer.Ordinal)];

    private static string Common(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Skipped => "not run",
        ScenarioStatus.Crashed => "crashed (no in-process counterpart)",
        _ => status.Words(),
    };

    private static string Common(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Passed => "passed",
        OutcomeStatus.Failed => "failed",
        OutcomeStatus.Errored => "errored",
        OutcomeStatus.TimedOut => "timed out",
        OutcomeStatus.NotApplicable => "not applicable",
        OutcomeStatus.Ignored => "not run",
        _ => $"unmapped {status}",
    };
}
