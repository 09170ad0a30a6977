using System.Text;
using Looper.Conformance;
using Looper.Conformance.Bridge;
using Looper.Conformance.Traits;
using Looper.Remote;
using Looper.Sandbox;

namespace Looper.Python.Tests.Grading;

/// <summary>Run every core scenario against a Python module through one Python host, one session per scenario.</summary>
internal static class PythonGrading
{
    private static readonly TimeSpan ReturnTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Gets the repository's root: the folder holding Looper.sln above the tests.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Gets the Python starter.</summary>
    public static string Starter { get; } = Path.Combine(RepositoryRoot, "katas", "python", "looper.py");

    /// <summary>Gets the Python exemplar.</summary>
    public static string Exemplar { get; } = Path.Combine(RepositoryRoot, "katas", "python", "exemplar", "looper.py");

    /// <summary>Gets the core scenarios: every scenario that is neither an extension's nor ignored.</summary>
    public static IReadOnlyList<ScenarioCase> CoreScenarios { get; } =
        [.. FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Where(scenario => !scenario.Traits.IsExtension && !scenario.Traits.Ignored)];

    /// <summary>Grade a module: start its host, run every core scenario, stop the host.</summary>
    /// <param name="module">The module, or a folder holding it.</param>
    /// <param name="sandbox">The sandbox, or null to run the host unsandboxed.</param>
    /// <returns>One outcome per core scenario, in order.</returns>
    public static async Task<IReadOnlyList<ScenarioOutcome>> GradeAsync(string module, SandboxPolicy? sandbox = null)
    {
        PythonRequirement.Ensure();
        using var host = PythonHost.Start(module, sandbox);
        var outcomes = new ScenarioOutcome[CoreScenarios.Count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, outcomes.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (index, _) =>
            {
                outcomes[index] = await RunAsync(host, CoreScenarios[index], ReturnTimeout);
            });
        }
        finally
        {
            await ConformanceRun.ReleaseAsync(typeof(RemoteLooperImplementation));
        }

        return outcomes;
    }

    /// <summary>Run one scenario in a session of its own, closed afterwards unless the scenario was abandoned.</summary>
    /// <param name="host">The Python host.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="returnTimeout">How long to wait for a call that never calls into the suite.</param>
    /// <returns>The outcome, in Python's names.</returns>
    public static async Task<ScenarioOutcome> RunAsync(HostProcess host, ScenarioCase scenario, TimeSpan? returnTimeout = null)
    {
        var implementation = new RemoteLooperImplementation(host.Connection);
        var outcome = await ConformanceRun.RunAsync(implementation, scenario, LanguageBinding.Python, returnTimeout);

        // A timed-out scenario's call may still be waiting in its session: closing it would cross that call, so the
        // session stays open until the host ends.
        if (outcome.Status != OutcomeStatus.TimedOut)
        {
            implementation.Dispose();
        }

        return outcome;
    }

    /// <summary>Describe outcomes one per line, for assertion messages.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The report.</returns>
    public static string Report(IEnumerable<ScenarioOutcome> outcomes)
    {
        var text = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            var first = outcome.Message?.ReplaceLineEndings("\n").Split('\n')[0];
            text.AppendLine($"{outcome.Status,-13} {outcome.Scenario.Id} [{string.Join(", ", outcome.RequirementIds)}] {first}");
        }

        return text.ToString();
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Looper.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Looper.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
