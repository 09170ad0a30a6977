using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Globalization;
using Reqnroll;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Run one scenario through Reqnroll's test runner, in the order Reqnroll's generated tests would.
/// </summary>
internal static class ScenarioRunner
{
    private static readonly CultureInfo FeatureLanguage = CultureInfo.GetCultureInfo("en-US");
    private static readonly ConcurrentDictionary<(string Group, string Path), FeatureInfo> FeatureInfos = new();

    /// <summary>Run <paramref name="scenario"/>, letting <paramref name="registerServices"/> put objects in the scenario's container first.</summary>
    /// <param name="group">Keeps features apart per implementation, so each gets its own feature context.</param>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="registerServices">Registers what step classes receive by constructor injection.</param>
    /// <returns>A task that completes when the scenario has run; it throws what made the scenario fail.</returns>
    public static async Task RunAsync(string group, ScenarioCase scenario, Action<Reqnroll.BoDi.IObjectContainer> registerServices)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(registerServices);
        await TestRunLifetime.EnsureStartedAsync();

        var featureInfo = FeatureInfos.GetOrAdd((group, scenario.Feature.Path), key => CreateFeatureInfo(key.Group, scenario.Feature));
        var runner = TestRunnerManager.GetTestRunnerForAssembly(TestRunLifetime.BindingAssembly, featureHint: featureInfo);
        try
        {
            await EnterFeatureAsync(runner, featureInfo);
            var ruleInfo = scenario.RuleTitle is null ? null : new RuleInfo(scenario.RuleTitle, string.Empty, []);
            var ownTags = scenario.Tags.Except(scenario.Feature.Tags).ToArray();
            var scenarioInfo = new ScenarioInfo(
                scenario.Name,
                scenario.Description ?? string.Empty,
                ownTags,
                new OrderedDictionary(),
                [.. scenario.Feature.Tags],
                scenario.PickleIndex.ToString(CultureInfo.InvariantCulture));
            runner.OnScenarioInitialize(scenarioInfo, ruleInfo);
            registerServices(runner.ScenarioContext.ScenarioContainer);
            await runner.OnScenarioStartAsync();
            foreach (var step in scenario.Steps)
            {
                await RunStepAsync(runner, step);
            }

            await runner.CollectScenarioErrorsAsync();
        }
        finally
        {
            try
            {
                await runner.OnScenarioEndAsync();
            }
            finally
            {
                TestRunnerManager.ReleaseTestRunner(runner);
            }
        }
    }

    /// <summary>End the feature contexts of every test runner that ran features of <paramref name="group"/>.</summary>
    /// <param name="group">The group passed to <see cref="RunAsync"/>.</param>
    /// <returns>A task that completes when the features have ended.</returns>
    public static async Task ReleaseGroupAsync(string group)
    {
        foreach (var (key, featureInfo) in FeatureInfos)
        {
            if (key.Group == group)
            {
                await TestRunnerManager.ReleaseFeatureAsync(featureInfo, TestRunLifetime.BindingAssembly);
            }
        }
    }

    private static FeatureInfo CreateFeatureInfo(string group, CompiledFeature feature) =>
        new(FeatureLanguage, group, feature.Title, feature.Description ?? string.Empty, ProgrammingLanguage.CSharp, [.. feature.Tags], feature.Messages);

    private static async Task EnterFeatureAsync(ITestRunner runner, FeatureInfo featureInfo)
    {
        if (runner.FeatureContext is not null && !ReferenceEquals(runner.FeatureContext.FeatureInfo, featureInfo))
        {
            await runner.OnFeatureEndAsync();
        }

        if (runner.FeatureContext is null)
        {
            await runner.OnFeatureStartAsync(featureInfo);
        }
    }

    private static Task RunStepAsync(ITestRunner runner, ScenarioStep step)
    {
        var table = step.Table is { Count: > 0 } rows ? ToTable(rows) : null;
        return step.Kind switch
        {
            StepKind.When => runner.WhenAsync(step.Text, step.DocString, table, step.Keyword),
            StepKind.Then => runner.ThenAsync(step.Text, step.DocString, table, step.Keyword),
            _ => runner.GivenAsync(step.Text, step.DocString, table, step.Keyword),
        };
    }

    private static Table ToTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table([.. rows[0]]);
        foreach (var row in rows.Skip(1))
        {
            table.AddRow([.. row]);
        }

        return table;
    }
}
