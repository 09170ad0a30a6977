using Looper.Conformance.Bridge;
using Looper.Conformance.Tests.Drivers;
using Looper.Reference;

namespace Looper.Conformance.Tests.Agreement;

/// <summary>
/// Run the kata's starter, a half-done looper, the reference, a core-only reference and broken loopers through the one entry point in two orders: every scenario gets the same verdict, never by the wall-clock net.
/// </summary>
[NonParallelizable]
public sealed class AgreementTests
{
    private static readonly IReadOnlyList<ScenarioCase> Scenarios = [.. FeatureCatalog.Features.SelectMany(feature => feature.Scenarios)];

    private static readonly TimeSpan NetTimeout = TimeSpan.FromSeconds(5);

    private static IEnumerable<TestCaseData> Implementations()
    {
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new Looper.Kata.KataLooperImplementation())).SetArgDisplayNames("the kata's starter");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new Looper.Kata.Exemplars.Stage3.Stage3LooperImplementation())).SetArgDisplayNames("half done: the stage 3 exemplar");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new ReferenceLooperImplementation())).SetArgDisplayNames("reference");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new StagedReferenceImplementation())).SetArgDisplayNames("core-only reference");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new RunToCompletionImplementation())).SetArgDisplayNames("runs each task to completion");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new NeverAdmitsImplementation())).SetArgDisplayNames("never admits the queue between rounds");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new IgnoresPausedImplementation())).SetArgDisplayNames("ignores the paused mark");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new ReversedAgainImplementation())).SetArgDisplayNames("steps newest first");
        yield return new TestCaseData(new Func<ILooperImplementation>(() => new IndexerAgainImplementation())).SetArgDisplayNames("looks up with an indexer");
    }

    [TestCaseSource(nameof(Implementations))]
    public async Task Two_orders_give_the_same_status_for_every_scenario_and_none_is_stopped_by_the_wall_clock_net(Func<ILooperImplementation> create)
    {
        var forward = await RunAsync(create, Scenarios);
        var backward = await RunAsync(create, Scenarios.Reverse());

        Statuses(backward).ShouldBe(Statuses(forward));
        forward.Values.ShouldNotContain(entry => entry.Message != null && entry.Message.Contains("did not return within", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_core_only_implementation_passes_every_core_scenario_and_sees_the_extension_ones_as_not_applicable()
    {
        var outcomes = await RunAsync(() => new StagedReferenceImplementation(), Scenarios);

        outcomes.Where(entry => entry.Key.IsExtension).ShouldAllBe(entry => entry.Value.Status == OutcomeStatus.NotApplicable);
        outcomes.Where(entry => !entry.Key.IsExtension).ShouldAllBe(entry => entry.Value.Status == OutcomeStatus.Passed);
        outcomes.Keys.ShouldContain(key => key.IsExtension);
    }

    [Test]
    public async Task The_broken_loopers_fail_the_scenarios_of_their_bug()
    {
        (await RunAsync(() => new RunToCompletionImplementation(), Scenarios)).Values.ShouldContain(entry => entry.Status != OutcomeStatus.Passed && entry.Status != OutcomeStatus.NotApplicable);
        (await RunAsync(() => new NeverAdmitsImplementation(), Scenarios)).Values.ShouldContain(entry => entry.Status == OutcomeStatus.Failed);
        (await RunAsync(() => new IgnoresPausedImplementation(), Scenarios)).Where(entry => entry.Key.Id == "sc-fut-02").ShouldAllBe(entry => entry.Value.Status != OutcomeStatus.Passed);
    }

    private static async Task<Dictionary<Key, (OutcomeStatus Status, string? Message)>> RunAsync(Func<ILooperImplementation> create, IEnumerable<ScenarioCase> scenarios)
    {
        var outcomes = new Dictionary<Key, (OutcomeStatus, string?)>();
        foreach (var scenario in scenarios)
        {
            var outcome = await ConformanceRun.RunAsync(create(), scenario, NetTimeout);
            outcomes[new Key(scenario.Id, scenario.Name, scenario.Traits.IsExtension)] = (outcome.Status, outcome.Status == OutcomeStatus.Passed ? null : outcome.Message);
        }

        return outcomes;
    }

    private static List<string> Statuses(Dictionary<Key, (OutcomeStatus Status, string? Message)> outcomes) =>
        [.. outcomes.Select(entry => $"{entry.Key.Id} {entry.Key.Name}: {entry.Value.Status}").Order(StringComparer.Ordinal)];

    private sealed record Key(string Id, string Name, bool IsExtension);
}
