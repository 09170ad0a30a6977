using Looper.Conformance.Bridge;
using NUnit.Framework;

namespace Looper.Conformance;

/// <summary>
/// Turn scenarios into NUnit test cases: one per scenario, named <c>Implementation / Feature / Scenario</c>, one category per tag.
/// </summary>
public static class ScenarioTestCases
{
    /// <summary>List the test cases for one implementation.</summary>
    /// <param name="implementationName">The name test names start with.</param>
    /// <param name="features">The features to run.</param>
    /// <returns>The test cases.</returns>
    public static IEnumerable<TestCaseData> For(string implementationName, IEnumerable<CompiledFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        foreach (var scenario in features.SelectMany(feature => feature.Scenarios))
        {
            // NUnit reads braces in a test name as placeholders; names built only from the features stay stable across processes.
            var name = $"{implementationName} / {scenario.Feature.Title} / {scenario.Name}".Replace('{', '(').Replace('}', ')');
            var testCase = new TestCaseData(scenario).SetName(name);
            foreach (var tag in scenario.Tags)
            {
                testCase.SetCategory(tag);
            }

            if (scenario.Tags.Contains("ignore"))
            {
                testCase.Ignore("The scenario is tagged @ignore.");
            }

            yield return testCase;
        }
    }
}
