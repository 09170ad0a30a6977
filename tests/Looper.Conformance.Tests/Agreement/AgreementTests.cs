using Looper.Conformance.Bridge;
using Looper.Conformance.Tests.Drivers;
using Looper.Reference;

namespace Looper.Conformance.Tests.Agreement;

/// <summary>
/// Run the kata's starter, a half-done looper, the reference, a core-only reference and broken loopers through the one entry point in two orders: every scenario gets the same verdict, never by the wall-clock net but for a looper that calls nothing while it spins.
/// </summary>
[NonParallelizable]
public sealed class AgreementTests
{
    private static readonly IReadOnlyList<ScenarioCase> Scenarios = [.. FeatureCatalog.Features.SelectMany(feature => feature.Scenarios)];

    /// <summary>The start of the message of a scenario the wall-clock net stopped.</summary>
    private const string NetMessage = "did not return within";

    private static readonly TimeSpan NetTimeout = TimeSpan.FromSeconds(3);

    private static IEnumerable<TestCaseData> Implementations()
    {
        yield return Case(() => new Looper.Kata.KataLooperImplementation(), "the kata's starter");
        yield return Case(() => new Looper.Kata.Exemplars.Stage3.Stage3LooperImplementation(), "half done: the stage 3 exemplar");
        yield return Case(() => new ReferenceLooperImplementation(), "reference");
        yield return Case(() => new CoreOnlyReferenceImplementation(), "core-only reference");
        yield return Case(() => new RunToCompletionImplementation(), "runs each task to completion");
        yield return Case(() => new NeverAdmitsImplementation(), "never admits the queue between rounds");
        yield return Case(() => new IgnoresPausedImplementation(), "ignores the paused mark");
        yield return Case(() => new ReversedLooperImplementation(), "steps newest first");
        yield return Case(() => new IndexerLooperImplementation(), "looks up with an indexer");
        yield return Case(() => new SpinningLooperImplementation(), "steps every task for ever");
    }

    [TestCaseSource(nameof(Implementations))]
    public async Task Two_orders_give_the_same_status_for_every_scenario_and_none_is_stopped_by_the_wall_clock_net(Func<ILooperImplementation> create)
    {
        var (forward, backward) = await BothOrdersAsync(create);

        Statuses(backward).ShouldBe(Statuses(forward));
        forward.Values.ShouldNotContain(entry => entry.Message != null && entry.Message.Contains(NetMessage, StringComparison.Ordinal));
    }

    [Test]
    public async Task A_looper_that_calls_nothing_while_it_spins_is_stopped_by_the_wall_clock_net_in_both_orders_and_only_where_it_spins()
    {
        var (forward, backward) = await BothOrdersAsync(() => new IdleSpinImplementation());

        Statuses(backward).ShouldBe(Statuses(forward));
        var stopped = forward.Where(entry => entry.Value.Message != null && entry.Value.Message.Contains(NetMessage, StringComparison.Ordinal)).ToList();
        stopped.ShouldNotBeEmpty();
        stopped.ShouldAllBe(entry => entry.Value.Status == OutcomeStatus.TimedOut);
        forward.Where(entry => !entry.Key.IsExtension).Except(stopped).ShouldAllBe(entry => entry.Value.Status == OutcomeStatus.Passed);
    }

    [Test]
    public async Task A_core_only_implementation_passes_every_core_scenario_and_sees_the_extension_ones_as_not_applicable()
    {
        var outcomes = await RunAsync(() => new CoreOnlyReferenceImplementation(), Scenarios);

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

    private static TestCaseData Case(Func<ILooperImplementation> create, string name) => new TestCaseData(create).SetArgDisplayNames(name);

    /// <summary>Run every scenario forward and, at the same time, in reverse order: a looper that meets the net spends most of its time waiting for it.</summary>
    private static async Task<(Dictionary<Key, (OutcomeStatus Status, string? Message)> Forward, Dictionary<Key, (OutcomeStatus Status, string? Message)> Backward)> BothOrdersAsync(
        Func<ILooperImplementation> create)
    {
        var forward = Task.Run(() => RunAsync(create, Scenarios));
        var backward = Task.Run(() => RunAsync(create, Scenarios.Reverse()));
        return (await forward, await backward);
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
