using Looper.Conformance;
using Looper.Conformance.Bridge;
using Looper.Python.Tests.Grading;
using Looper.Remote;

namespace Looper.Python.Tests;

/// <summary>
/// Every core scenario as its own test against the Python module named by <c>LOOPER_PYTHON_MODULE</c>, one category
/// per tag, so <c>katas/python/stage.sh N</c> can run a learner's stages. Without the variable there are no tests here
/// at all, so a plain run of the solution neither runs nor lists them.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LearnerModuleTests
{
    /// <summary>The variable naming the learner's module.</summary>
    public const string ModuleVariable = "LOOPER_PYTHON_MODULE";

    public static IEnumerable<TestCaseData> Scenarios()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ModuleVariable)))
        {
            yield break;
        }

        foreach (var scenario in PythonGrading.CoreScenarios)
        {
            var data = new TestCaseData(scenario).SetName($"{scenario.Id} {scenario.Name}");
            foreach (var tag in scenario.Tags)
            {
                data.SetCategory(tag);
            }

            yield return data;
        }
    }

    [OneTimeTearDown]
    public void StopHost() => LearnerHost.Stop();

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var module = Environment.GetEnvironmentVariable(ModuleVariable);
        if (string.IsNullOrEmpty(module))
        {
            Assert.Ignore($"Set {ModuleVariable} to a Python looper module (katas/python/stage.sh does) to run the scenarios against it.");
        }

        PythonRequirement.Ensure();
        var outcome = await PythonGrading.RunAsync(LearnerHost.For(module), scenario);
        switch (outcome.Status)
        {
            case OutcomeStatus.Passed:
                return;
            case OutcomeStatus.NotApplicable or OutcomeStatus.Ignored:
                Assert.Ignore(outcome.Message ?? "not applicable");
                return;
            default:
                Assert.Fail(outcome.Message ?? outcome.Status.ToString());
                return;
        }
    }
}

/// <summary>The one Python host of a stage run, started on first use.</summary>
internal static class LearnerHost
{
    private static readonly Lock Gate = new();
    private static HostProcess? _host;

    /// <summary>Get the host of the module, starting it on first use.</summary>
    /// <param name="module">The learner's module.</param>
    /// <returns>The host.</returns>
    public static HostProcess For(string module)
    {
        lock (Gate)
        {
            return _host ??= PythonHost.Start(module);
        }
    }

    /// <summary>Stop the host.</summary>
    public static void Stop()
    {
        lock (Gate)
        {
            _host?.Dispose();
            _host = null;
        }
    }
}
