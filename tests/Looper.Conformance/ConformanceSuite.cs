using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Conformance.Requirements;
using System.Diagnostics.CodeAnalysis;
using NUnit.Framework;

namespace Looper.Conformance;

/// <summary>
/// Run every scenario of the Looper spec against <typeparamref name="TImplementation"/>: derive one class from this to plug an implementation in.
/// </summary>
/// <typeparam name="TImplementation">The implementation under test; a new instance serves each scenario.</typeparam>
/// <example>
/// <code>public sealed class MyLooperConformance : ConformanceSuite&lt;MyLooperImplementation&gt;;</code>
/// </example>
[Parallelizable(ParallelScope.Children)]
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "NUnit needs a static test case source, and it depends on the implementation type.")]
public abstract class ConformanceSuite<TImplementation>
    where TImplementation : ILooperImplementation, new()
{
    /// <summary>Gets the name test names start with: the implementation's type name without an <c>Implementation</c> suffix.</summary>
    public static string ImplementationName { get; } = NameOf(typeof(TImplementation));

    /// <summary>List one NUnit test case per scenario of the embedded features.</summary>
    /// <returns>The test cases, named <c>Implementation / Feature / Scenario</c>, with one category per tag.</returns>
    public static IEnumerable<TestCaseData> Scenarios() => ScenarioTestCases.For(ImplementationName, FeatureCatalog.Features);

    /// <summary>Run one scenario against a new instance of the implementation.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>A task that completes when the scenario has run.</returns>
    [TestCaseSource(nameof(Scenarios))]
    public Task Scenario(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var verdict = new Verdict([.. scenario.Tags.Where(RequirementCatalog.IsRequirementTag)]);
        return ScenarioRunner.RunAsync(ImplementationName, scenario, container =>
        {
            container.RegisterInstanceAs<ILooperImplementation>(new TImplementation());
            container.RegisterInstanceAs(verdict);
        });
    }

    /// <summary>End the features this implementation ran, so reports close them.</summary>
    /// <returns>A task that completes when they have ended.</returns>
    [OneTimeTearDown]
    public Task ReleaseFeatures() => ScenarioRunner.ReleaseGroupAsync(ImplementationName);

    private static string NameOf(Type type)
    {
        foreach (var suffix in (string[])["LooperImplementation", "Implementation"])
        {
            if (type.Name.Length > suffix.Length && type.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return type.Name[..^suffix.Length];
            }
        }

        return type.Name;
    }
}
