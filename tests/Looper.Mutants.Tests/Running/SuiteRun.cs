using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;

namespace Looper.Mutants.Tests.Running;

/// <summary>Run scenarios of the conformance suite against an implementation, outside NUnit's fixture, and collect every outcome.</summary>
/// <remarks>Each scenario gets a new implementation instance, as in <c>ConformanceSuite&lt;T&gt;</c>; a failing scenario is recorded and the run goes on.</remarks>
internal static class SuiteRun
{
    /// <summary>Stops a call that never returns; far longer than any scenario takes, since every mutant is meant to return.</summary>
    private static readonly RunGuard Guard = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Gets the scenarios of the core spec, in the order of the features and of the scenarios in them.</summary>
    /// <remarks>Scenarios of optional extensions (tagged <c>@extension</c>) and scenarios tagged <c>@ignore</c> are left out: the mutants and the notebook port implement no extension.</remarks>
    public static IReadOnlyList<ScenarioCase> CoreScenarios { get; } =
        [.. FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Where(scenario => !scenario.Traits.IsExtension && !scenario.Traits.Ignored)];

    /// <summary>Run <paramref name="scenarios"/> one after the other against new instances of an implementation, and return every outcome in order.</summary>
    /// <param name="group">Keeps this run's feature contexts apart from other runs; unique per implementation.</param>
    /// <param name="create">Creates the implementation, once per scenario.</param>
    /// <param name="scenarios">The scenarios to run, in this order; <see cref="CoreScenarios"/> when left out.</param>
    public static async Task<IReadOnlyList<ScenarioOutcome>> RunAsync(string group, Func<ILooperImplementation> create, IEnumerable<ScenarioCase>? scenarios = null)
    {
        var outcomes = new List<ScenarioOutcome>();
        try
        {
            foreach (var scenario in scenarios ?? CoreScenarios)
            {
                outcomes.Add(await RunOneAsync(group, create, scenario));
            }
        }
        finally
        {
            await ScenarioRunner.ReleaseGroupAsync(group);
        }

        return outcomes;
    }

    private static async Task<ScenarioOutcome> RunOneAsync(string group, Func<ILooperImplementation> create, ScenarioCase scenario)
    {
        _ = group;
        var outcome = await Looper.Conformance.ConformanceRun.RunAsync(create(), scenario, Guard.Timeout);
        return outcome.Status switch
        {
            Looper.Conformance.OutcomeStatus.Passed => new ScenarioOutcome(scenario, OutcomeKind.Passed, null),
            Looper.Conformance.OutcomeStatus.NotApplicable or Looper.Conformance.OutcomeStatus.Ignored => new ScenarioOutcome(scenario, OutcomeKind.Skipped, outcome.Message),
            _ => new ScenarioOutcome(scenario, OutcomeKind.Failed, FailureSummary.Of(outcome.Exception!), Causes(outcome.Exception!).Any(cause => cause is ReturnTimeoutException)),
        };
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
