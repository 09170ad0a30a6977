using Looper.Mutants.Tests.Running;
using Looper.Reference;
using NUnit.Framework.Internal;

namespace Looper.Mutants.Tests.Determinism;

/// <summary>Show that scenarios do not depend on the order they run in: shuffled five times, the reference gives the same outcomes, all passes.</summary>
public sealed class ShuffledOrderTests
{
    [Test]
    public async Task Every_scenario_has_the_same_outcome_in_five_shuffled_orders()
    {
        var random = TestContext.CurrentContext.Random;
        var seed = random.Next();
        await TestContext.Out.WriteLineAsync($"Shuffle seed: {seed}, drawn from NUnit's randomizer (initial seed {Randomizer.InitialSeed}; set it with NUnit.RandomSeed).");

        var first = await RunShuffledAsync(new Random(seed), "shuffled 1");
        for (var run = 2; run <= 5; run++)
        {
            var again = await RunShuffledAsync(new Random(seed + run - 1), $"shuffled {run}");
            again.Keys.ShouldBe(first.Keys, ignoreOrder: true);
            first.Where(pair => pair.Value != again[pair.Key]).Select(pair => $"{pair.Key}: {pair.Value} in run 1, {again[pair.Key]} in run {run}")
                .ShouldBeEmpty($"The outcome of these scenarios depends on the order of the run (seed {seed}).");
        }

        first.Where(pair => pair.Value != OutcomeKind.Passed).Select(pair => pair.Key)
            .ShouldBeEmpty($"The reference fails these scenarios when they run in a shuffled order (seed {seed}).");
    }

    private static async Task<Dictionary<string, OutcomeKind>> RunShuffledAsync(Random random, string group)
    {
        var order = SuiteRun.CoreScenarios.ToArray();
        random.Shuffle(order);
        var outcomes = await SuiteRun.RunAsync(group, () => new ReferenceLooperImplementation(), order);
        return outcomes.ToDictionary(outcome => $"{outcome.Scenario.Feature.Path}:{outcome.Scenario.PickleIndex} {outcome.Scenario.Name}", outcome => outcome.Kind, StringComparer.Ordinal);
    }
}
