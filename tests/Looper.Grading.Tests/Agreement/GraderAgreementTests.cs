using System.Reflection;
using Looper.Conformance;
using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Grading.Configuration;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;
using Looper.Grading.Submissions;
using Looper.Grading.Tests.Fixtures;
using Looper.Reference;

namespace Looper.Grading.Tests.Agreement;

/// <summary>
/// Grade a set of implementations (the kata's starter, a half-done looper, the reference, a core-only reference, broken loopers) with
/// <c>looper grade</c>'s <see cref="Grader"/> against every shipped scenario, run them through the suite's one entry point in this process in
/// two orders, and through <c>dotnet test</c> (TRX) as <c>ConformanceSuite&lt;T&gt;</c> fixtures: every scenario gets the same status on
/// all paths and in both orders, the stage totals agree, and only a looper that calls nothing while it spins meets the wall-clock net.
/// </summary>
/// <remarks>
/// <para>
/// Each looper but the reference is a submission of its own under Submissions/agreement-suites/loopers (one implementation per
/// assembly), built with the NUnit project in one <c>dotnet build</c> (<see cref="FixtureBuild"/>); the grader is handed the
/// built assemblies, as many graded at once as the machine has cores, the slowest first. Every path waits <see cref="NetTimeout"/>
/// for a call that never calls into the suite. The fixture runs alone: other fixtures' builds beside it slow the whole run down.
/// </para>
/// <para>
/// The second order is the entry point's, forward and reversed, for every implementation; the grader grades in reverse order as well
/// each implementation that the wall-clock net stopped or that crashed somewhere, the only ones whose later scenarios an earlier one could
/// disturb (an abandoned thread, a host stopped and started again). A scenario the step budget stopped ended inside the suite, with
/// nothing left behind, so a looper whose only time-outs are the budget's is graded once: grading it twice would double the slowest part
/// of the test (every call of a looper that spins crosses to its host) for nothing more.
/// </para>
/// <para>
/// "Agree" means: after mapping both paths onto one set of words (<see cref="Common(ScenarioStatus)"/> and <see cref="Common(OutcomeStatus)"/>), each
/// scenario key has the same word. Passed, failed, errored, timed out and not applicable map to themselves; the grader's skipped and the entry point's
/// ignored both mean "listed, not run"; the grader's crashed (the child process died) has no in-process counterpart and so never agrees.
/// A stage's totals agree when the grader's scorecard counts, for that stage, as many passed and as many listed scenarios as the in-process run.
/// TRX has only Passed, Failed and NotExecuted, so against it both sides are compared on that coarser set (<see cref="Trx(ScenarioStatus)"/>): passed;
/// did not pass (failed, errored, timed out, crashed); not run (not applicable, ignored, skipped). Per stage, TRX's passed, failed and not-executed counts
/// must equal the grader's scorecard: its passed count, its listed total less passed and not run, and its not-run count.
/// </para>
/// </remarks>
[NonParallelizable]
public sealed class GraderAgreementTests
{
    /// <summary>The looper that calls nothing while it spins, the one the wall-clock net may stop.</summary>
    private const string IdleSpin = "IdleSpin";

    /// <summary>The start of the step budget's messages: a scenario timed out with one was stopped by the budget, not by the net.</summary>
    private const string BudgetMessage = "did not complete within";

    /// <summary>The start of the suite's message for a call the wall-clock net abandoned.</summary>
    private const string NetMessage = "did not return within";

    /// <summary>The wall-clock net of every path, read from agreement-suites' runsettings, which give it to <c>dotnet test</c>.</summary>
    private static readonly TimeSpan NetTimeout = ReturnTimeout.Parse(AgreementSuitesRun.Parameter(ReturnTimeout.ParameterName));

    /// <summary>
    /// The step budget of every path, read from the same runsettings: a tenth of the default, still more than twice what any
    /// scenario needs. The loopers that step their tasks for ever cross to their host once per call until the budget stops each
    /// scenario, so the budget sets most of this test's time; what it compares is the same at any budget.
    /// </summary>
    private static readonly int Budget = StepBudgetParameter.Parse(AgreementSuitesRun.Parameter(StepBudgetParameter.ParameterName));

    private static readonly GradingConfig Config = GradedSubmissions.Config with { ScenarioTimeout = NetTimeout, StepBudget = Budget, RunTimeout = TimeSpan.FromMinutes(5) };

    private static readonly ScenarioCatalog Forward = ScenarioCatalog.Load(null);

    private static readonly ScenarioCatalog Backward = ScenarioCatalog.Create(FeatureCatalog.Features.Reverse(), [], null);

    /// <summary>The implementations graded, by submission name and what they do, the slowest to grade first: the one the net stops is graded twice and waits for the net each time.</summary>
    private static readonly (string Name, string Display)[] Loopers =
    [
        (IdleSpin, "calls nothing while it spins"),
        ("Spinning", "steps every task for ever"),
        ("RunToCompletion", "runs each task to completion"),
        ("NeverAdmits", "never admits the queue between rounds"),
        ("HalfDone", "half done: the stage 3 exemplar"),
        ("IgnoresPaused", "ignores the paused mark"),
        ("Reversed", "steps newest first"),
        ("Starter", "the kata's starter"),
        (GradedSubmissions.Reference, "reference"),
        ("CoreOnly", "core-only reference"),
        ("Indexer", "looks up with an indexer"),
    ];

    /// <summary>Every implementation's runs, started together the first time one is asked for, as many graded at once as there are cores.</summary>
    private static readonly Lazy<Dictionary<string, Task<Runs>>> AllRuns = new(() =>
    {
        var gradings = new SemaphoreSlim(Math.Max(2, Environment.ProcessorCount));
        return Loopers.ToDictionary(looper => looper.Name, looper => RunAsync(looper.Name, gradings), StringComparer.Ordinal);
    });

    private static IEnumerable<TestCaseData> Implementations() =>
        Loopers.Select(looper => new TestCaseData(looper.Name).SetArgDisplayNames(looper.Display));

    [TestCaseSource(nameof(Implementations))]
    public async Task The_grader_the_in_process_entry_point_in_two_orders_and_dotnet_test_give_every_scenario_the_same_status_and_every_stage_the_same_totals(string name)
    {
        Backward.Scenarios.Select(scenario => scenario.Key).ShouldNotBe(Forward.Scenarios.Select(scenario => scenario.Key), "the second order should differ from the first");
        var runs = await RunsAsync(name);
        var graded = runs.Graded;

        var byGrader = graded.Scenarios.ToDictionary(scenario => scenario.Scenario.Key, scenario => Common(scenario.Status), StringComparer.Ordinal);
        Lines(byGrader).ShouldBe(Lines(runs.InProcess.ToDictionary(entry => entry.Key, entry => Common(entry.Value.Status), StringComparer.Ordinal)), $"{name}: looper grade against the in-process entry point");
        Lines(runs.InProcessBackward.ToDictionary(entry => entry.Key, entry => Common(entry.Value.Status), StringComparer.Ordinal))
            .ShouldBe(Lines(runs.InProcess.ToDictionary(entry => entry.Key, entry => Common(entry.Value.Status), StringComparer.Ordinal)), $"{name}: the in-process entry point in reverse order against forward order");
        if (runs.GradedBackward is { } backward)
        {
            Lines(backward.Scenarios.ToDictionary(scenario => scenario.Scenario.Key, scenario => Common(scenario.Status), StringComparer.Ordinal))
                .ShouldBe(Lines(byGrader), $"{name}: looper grade in reverse order against forward order");
        }

        var stagesByGrader = graded.Stages.Where(stage => stage.Label != ScoreModel.HiddenLabel).Select(stage => $"{stage.Label}: {stage.Passed}/{stage.Total}").ToList();
        var stagesInProcess = runs.InProcess.Values.GroupBy(entry => entry.Stage).OrderBy(group => group.Key ?? int.MaxValue)
            .Select(group => $"{(group.Key is { } stage ? StageCatalog.TagOf(stage) : "unstaged")}: {group.Count(entry => entry.Status == OutcomeStatus.Passed)}/{group.Count()}")
            .ToList();
        stagesByGrader.ShouldBe(stagesInProcess, $"{name}: the grader's stage totals against the in-process counts");

        var trx = await TrxOfAsync(runs.Type);
        var names = TestNames(runs.Type);
        var stageOf = Forward.Scenarios.GroupBy(scenario => names[scenario.Key], StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Stage, StringComparer.Ordinal);
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

    [TestCaseSource(nameof(Implementations))]
    public async Task Only_a_looper_that_calls_nothing_while_it_spins_is_stopped_by_the_wall_clock_net_and_then_at_the_same_scenarios_on_every_path(string name)
    {
        var runs = await RunsAsync(name);
        var names = TestNames(runs.Type);

        var byGrader = NetStopped(runs.Graded.Scenarios.Select(scenario => (scenario.Scenario.Key, scenario.Status, scenario.Outcome.Message)));
        var byGraderBackward = runs.GradedBackward is { } backward ? NetStopped(backward.Scenarios.Select(scenario => (scenario.Scenario.Key, scenario.Status, scenario.Message))) : byGrader;
        var inProcess = runs.InProcess.Where(entry => entry.Value.Message?.Contains(NetMessage, StringComparison.Ordinal) == true).Select(entry => entry.Key).Order(StringComparer.Ordinal).ToList();
        var trx = (await TrxOfAsync(runs.Type)).Where(result => result.Message.Contains(NetMessage, StringComparison.Ordinal)).Select(result => result.TestName).Order(StringComparer.Ordinal).ToList();

        if (name == IdleSpin)
        {
            byGrader.ShouldNotBeEmpty($"{name} spins without calling the suite when run with no task; the grader should have stopped it by its time limit");
        }
        else
        {
            byGrader.ShouldBeEmpty($"{name} calls into the suite while it loops, so the step budget, not the grader's time limit, should stop it");
        }

        byGraderBackward.ShouldBe(byGrader, $"{name}: the scenarios the net stopped in reverse order against forward order");
        inProcess.ShouldBe(byGrader, $"{name}: the scenarios the net stopped in process against looper grade");
        trx.ShouldBe(byGrader.Select(key => names[key]).Order(StringComparer.Ordinal).ToList(), $"{name}: the scenarios the net stopped under dotnet test (TRX) against looper grade");
    }

    [Test]
    public async Task The_step_budget_of_the_runsettings_stops_a_looper_that_steps_for_ever_on_every_path()
    {
        var runs = await RunsAsync("Spinning");
        var stopped = $"{BudgetMessage} {Budget} calls into the suite";

        var graded = runs.Graded.Scenarios.Where(scenario => scenario.Status == ScenarioStatus.TimedOut).Select(scenario => scenario.Outcome.Message ?? string.Empty).ToList();
        graded.ShouldNotBeEmpty("Spinning never ends a run, so the step budget should stop its scenarios");
        graded.ShouldAllBe(message => message.Contains(stopped, StringComparison.Ordinal), "looper grade should stop it after the config's step budget");
        var inProcess = runs.InProcess.Values.Where(entry => entry.Status == OutcomeStatus.TimedOut).Select(entry => entry.Message ?? string.Empty).ToList();
        inProcess.Count.ShouldBe(graded.Count, "the in-process entry point should time out as many scenarios as looper grade");
        inProcess.ShouldAllBe(message => message.Contains(stopped, StringComparison.Ordinal), "the in-process entry point should stop it after the budget it is given");
        var trx = (await TrxOfAsync(runs.Type)).Where(result => result.Message.Contains(BudgetMessage, StringComparison.Ordinal)).Select(result => result.Message).ToList();
        trx.Count.ShouldBe(graded.Count, "dotnet test should report the step budget in as many scenarios as looper grade");
        trx.ShouldAllBe(message => message.Contains(stopped, StringComparison.Ordinal), "dotnet test should stop it after the runsettings' LooperStepBudget");
    }

    [Test]
    public async Task A_core_only_implementation_graded_by_looper_grade_gets_full_marks_and_its_extension_scenarios_are_not_applicable()
    {
        var graded = (await RunsAsync("CoreOnly")).Graded;
        var extension = graded.Scenarios.Where(scenario => scenario.Scenario.Case.Traits.IsExtension).ToList();

        graded.FullMarks.ShouldBeTrue();
        graded.Points.ShouldBe(graded.MaxPoints);
        graded.MaxPoints.ShouldBeGreaterThan(0);
        extension.ShouldNotBeEmpty();
        extension.ShouldAllBe(scenario => scenario.Status == ScenarioStatus.NotApplicable && scenario.MaxPoints == 0);
        graded.Scenarios.Except(extension).ShouldAllBe(scenario => scenario.Status == ScenarioStatus.Passed);
    }

    [Test]
    public async Task Under_dotnet_test_a_fixture_up_to_stage_6_of_an_extension_implementation_runs_and_passes_its_extension_scenarios()
    {
        const string Implementation = "UpToStageSix";
        var extension = Forward.Scenarios.Where(scenario => scenario.Case.Traits.IsExtension).Select(scenario => ScenarioTestCases.TestName(Implementation, scenario.Case)).ToList();
        var trx = (await AgreementSuitesRun.ResultsAsync()).Where(result => result.TestName.StartsWith(Implementation + " / ", StringComparison.Ordinal)).ToList();

        extension.ShouldNotBeEmpty();
        trx.Where(result => extension.Contains(result.TestName)).Select(result => $"{result.TestName}: {result.Outcome}").Order(StringComparer.Ordinal)
            .ShouldBe(extension.Select(test => $"{test}: Passed").Order(StringComparer.Ordinal));
    }

    private static Task<Runs> RunsAsync(string name) => AllRuns.Value[name];

    /// <summary>Wait for one of the <paramref name="gradings"/> to be free, then take the implementation through every path.</summary>
    private static async Task<Runs> RunAsync(string name, SemaphoreSlim gradings)
    {
        var (submission, type) = await SubmissionAsync(name);
        await gradings.WaitAsync();
        try
        {
            return await RunAsync(name, submission, type);
        }
        finally
        {
            gradings.Release();
        }
    }

    /// <summary>Grade the implementation (in reverse order too when the net stopped it or it crashed somewhere), and run it in process in both orders.</summary>
    private static async Task<Runs> RunAsync(string name, Submission submission, Type type)
    {
        // dotnet test runs every implementation at once; start it now so it overlaps the gradings. The in-process runs overlap the
        // grading too: most of a looper's time that meets the net is spent waiting for it, on every path.
        _ = AgreementSuitesRun.ResultsAsync();
        var inProcess = Task.Run(() => InProcessAsync(type, Forward));
        var inProcessBackward = Task.Run(() => InProcessAsync(type, Backward));
        var graded = ScoreModel.Score(await GradedSubmissions.Grader.GradeAsync(submission, Forward, Config, CancellationToken.None), Config);
        var disturbing = NetStopped(graded.Scenarios.Select(scenario => (scenario.Scenario.Key, scenario.Status, scenario.Outcome.Message)));
        var gradedBackward = disturbing.Count > 0 || graded.Scenarios.Any(scenario => scenario.Status == ScenarioStatus.Crashed)
            ? await GradedSubmissions.Grader.GradeAsync(submission, Backward, Config, CancellationToken.None)
            : null;
        return new Runs(type, graded, gradedBackward, await inProcess, await inProcessBackward);
    }

    private static async Task<Dictionary<string, (int? Stage, OutcomeStatus Status, string? Message)>> InProcessAsync(Type type, ScenarioCatalog catalog)
    {
        var outcomes = new Dictionary<string, (int? Stage, OutcomeStatus Status, string? Message)>(StringComparer.Ordinal);
        foreach (var scenario in catalog.Scenarios)
        {
            var outcome = await ConformanceRun.RunAsync((ILooperImplementation)Activator.CreateInstance(type, nonPublic: true)!, scenario.Case, NetTimeout, Budget);
            outcomes[scenario.Key] = (scenario.Stage, outcome.Status, outcome.Message);
        }

        return outcomes;
    }

    private static async Task<(Submission Submission, Type Type)> SubmissionAsync(string name)
    {
        if (name == GradedSubmissions.Reference)
        {
            return (SubmissionLocator.Reference(), typeof(ReferenceLooperImplementation));
        }

        var assembly = await AgreementSuitesRun.AssemblyAsync(name);
        var types = Assembly.LoadFrom(assembly).GetTypes().Where(candidate => typeof(ILooperImplementation).IsAssignableFrom(candidate) && !candidate.IsAbstract).ToList();
        types.Count.ShouldBe(1, $"{assembly} should hold exactly one implementation, as the grader wants");
        return (SubmissionLocator.Locate(assembly, RepositoryFiles.Root), types[0]);
    }

    private static async Task<List<TrxResult>> TrxOfAsync(Type type)
    {
        var prefix = ImplementationNames.Of(type) + " / ";
        var trx = (await AgreementSuitesRun.ResultsAsync()).Where(result => result.TestName.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        trx.ShouldNotBeEmpty($"dotnet test should have run tests named {prefix}...");
        return trx;
    }

    private static Dictionary<string, string> TestNames(Type type) =>
        Forward.Scenarios.ToDictionary(scenario => scenario.Key, scenario => ScenarioTestCases.TestName(ImplementationNames.Of(type), scenario.Case), StringComparer.Ordinal);

    /// <summary>Gets the keys of the scenarios the grader reports as timed out other than by the step budget, in order.</summary>
    private static List<string> NetStopped(IEnumerable<(string Key, ScenarioStatus Status, string? Message)> outcomes) =>
        [.. outcomes.Where(outcome => outcome.Status == ScenarioStatus.TimedOut && outcome.Message?.Contains(BudgetMessage, StringComparison.Ordinal) != true)
            .Select(outcome => outcome.Key).Order(StringComparer.Ordinal)];

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

    /// <summary>One implementation's runs: the grader's forward scorecard and backward report (if graded so), and the in-process outcomes of both orders by scenario key.</summary>
    private sealed record Runs(
        Type Type,
        Scorecard Graded,
        GradeReport? GradedBackward,
        Dictionary<string, (int? Stage, OutcomeStatus Status, string? Message)> InProcess,
        Dictionary<string, (int? Stage, OutcomeStatus Status, string? Message)> InProcessBackward);
}
