using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using System.Diagnostics.CodeAnalysis;
using NUnit.Framework;

namespace Looper.Conformance;

/// <summary>
/// Run every scenario of the Looper spec against <typeparamref name="TImplementation"/>: derive one class from this to plug an implementation in.
/// </summary>
/// <typeparam name="TImplementation">The implementation under test; a new instance serves each scenario.</typeparam>
/// <remarks>
/// The derived class needs <see cref="TestFixtureAttribute"/>, which also gives NUnit's adapter the reference to
/// NUnit it looks for. <see cref="UpToStageAttribute"/> on it keeps only the scenarios of the first workshop stages.
/// Several derived classes in one test project run side by side; test names start with the implementation's type
/// name without an <c>Implementation</c> suffix.
/// </remarks>
/// <example>
/// <code>[TestFixture] public sealed class MyLooperConformance : ConformanceSuite&lt;MyLooperImplementation&gt;;</code>
/// </example>
[Parallelizable(ParallelScope.Children)]
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "NUnit needs a static test case source, and it depends on the implementation type.")]
public abstract class ConformanceSuite<TImplementation>
    where TImplementation : ILooperImplementation, new()
{
    /// <summary>Gets the name test names start with: the implementation's type name without an <c>Implementation</c> suffix.</summary>
    internal static string ImplementationName { get; } = ImplementationNames.Of(typeof(TImplementation));

    /// <summary>List one NUnit test case per scenario of the embedded features.</summary>
    /// <returns>The test cases, named <c>Implementation / Feature / Scenario [scenario ID]</c>, with one category per tag; a scenario of an optional extension this implementation does not implement is listed as ignored, not applicable.</returns>
    public static IEnumerable<TestCaseData> Scenarios() => ScenarioTestCases.For(ImplementationName, typeof(TImplementation), FeatureCatalog.Features);

    /// <summary>Run one scenario against a new instance of the implementation.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>A task that completes when the scenario has run.</returns>
    [StagedScenarioSource(nameof(Scenarios))]
    public async Task Scenario(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var outcome = await ConformanceRun.RunAsync(new TImplementation(), scenario, ReturnTimeout.Configured, StepBudgetParameter.Configured);
        switch (outcome.Status)
        {
            case OutcomeStatus.Passed:
                return;
            case OutcomeStatus.NotApplicable or OutcomeStatus.Ignored:
                Assert.Ignore(outcome.Message ?? string.Empty);
                return;
            default:
                // Report what ended the scenario on one screen: the message once, the implementation's own frames only.
                throw ScenarioFailure.For(scenario, TestContext.CurrentContext.Test.Name, outcome.Exception!);
        }
    }

    /// <summary>End the features this implementation ran, so reports close them.</summary>
    /// <returns>A task that completes when they have ended.</returns>
    [OneTimeTearDown]
    public Task ReleaseFeatures() => ConformanceRun.ReleaseAsync(typeof(TImplementation));
}
