using Looper.Conformance;
using Looper.Grading.Configuration;
using Looper.Grading.Scenarios;
using Looper.Grading.Tests.Fixtures;
using Looper.Hostile.Tests.Corpus;
using Looper.Reference;

namespace Looper.Hostile.Tests;

/// <summary>
/// Derive each case's true score without the grader: run the cases' correct looper in this process against every
/// scenario the grader runs (hidden ones included), note which scenarios pass and which create the trigger wait, and add
/// up the points of grading/grading.json.
/// </summary>
internal static class TrueScores
{
    private static readonly Lazy<Task<IReadOnlyList<Probe>>> Probes = new(ProbeAsync);
    private static readonly Lazy<Task<double>> ReferenceScore = new(ScoreReferenceAsync);

    /// <summary>Gets the true score of a case whose behaviour has <paramref name="effect"/>.</summary>
    public static async Task<double> ForAsync(CaseEffect effect)
    {
        var probes = await Probes.Value;
        return effect switch
        {
            CaseEffect.None => probes.Where(probe => probe.Passed).Sum(probe => probe.Points),
            CaseEffect.BreaksTrigger => probes.Where(probe => probe.Passed && !probe.Triggered).Sum(probe => probe.Points),
            _ => 0,
        };
    }

    /// <summary>Gets the keys of the scenarios that create the trigger wait.</summary>
    public static async Task<IReadOnlyList<string>> TriggeredAsync() => [.. (await Probes.Value).Where(probe => probe.Triggered).Select(probe => probe.Key)];

    /// <summary>Gets the reference's score, computed the same way.</summary>
    public static Task<double> ForReferenceAsync() => ReferenceScore.Value;

    private static GradingConfig Config => GradingConfigFile.Load(RepositoryFiles.PathOf("grading/grading.json"));

    private static ScenarioCatalog Catalog => ScenarioCatalog.Load(RepositoryFiles.PathOf("grading/hidden"));

    private static async Task<IReadOnlyList<Probe>> ProbeAsync()
    {
        var config = Config;
        var probes = new List<Probe>();
        foreach (var scenario in Catalog.Scenarios.Where(scenario => !scenario.Ignored))
        {
            // One at a time, so the trigger count belongs to this scenario alone.
            TriggerCount.Reset();
            var outcome = await ConformanceRun.RunAsync(new Looper.Hostile.CaseLooperImplementation(), scenario.Case);
            probes.Add(new Probe(scenario.Key, config.PointsFor(scenario.Key, scenario.Id, scenario.Tags), outcome.Status == OutcomeStatus.Passed, TriggerCount.Value > 0));
        }

        return probes;
    }

    private static async Task<double> ScoreReferenceAsync()
    {
        var config = Config;
        var total = 0.0;
        foreach (var scenario in Catalog.Scenarios.Where(scenario => !scenario.Ignored))
        {
            var outcome = await ConformanceRun.RunAsync(new ReferenceLooperImplementation(), scenario.Case);
            total += outcome.Status == OutcomeStatus.Passed ? config.PointsFor(scenario.Key, scenario.Id, scenario.Tags) : 0;
        }

        return total;
    }

    private sealed record Probe(string Key, double Points, bool Passed, bool Triggered);
}
