using Looper.Conformance.Bridge;
using NUnit.Framework;

namespace Looper.Conformance;

/// <summary>
/// Turn scenarios into NUnit test cases: one per scenario, named <c>Implementation / Feature / Scenario [scenario ID]</c>, one category per tag.
/// </summary>
internal static class ScenarioTestCases
{
    /// <summary>List the test cases for one implementation; those it cannot run (an extension it does not implement, or <c>@ignore</c>) are listed as ignored, with the reason.</summary>
    /// <param name="implementationName">The name test names start with.</param>
    /// <param name="implementationType">The implementation.</param>
    /// <param name="features">The features to run.</param>
    /// <returns>The test cases.</returns>
    public static IEnumerable<TestCaseData> For(string implementationName, Type implementationType, IEnumerable<CompiledFeature> features)
    {
        ArgumentNullException.ThrowIfNull(implementationType);
        ArgumentNullException.ThrowIfNull(features);
        foreach (var scenario in features.SelectMany(feature => feature.Scenarios))
        {
            var testCase = new TestCaseData(scenario).SetName(TestName(implementationName, scenario));
            foreach (var tag in scenario.Tags)
            {
                testCase.SetCategory(tag);
            }

            if (scenario.Traits.Ignored)
            {
                testCase.Ignore(Drivers.Verdict.IgnoredMessage);
            }
            else if (!scenario.Traits.AppliesTo(implementationType))
            {
                testCase.Ignore(scenario.Traits.NotApplicableReason(implementationName));
            }

            yield return testCase;
        }
    }

    /// <summary>Build a scenario's test name from feature content only, so it is the same in every process.</summary>
    /// <param name="implementationName">The implementation's name.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The name, such as <c>Kata / wait and overrun reporting / ... [sc-wait-01]</c>.</returns>
    public static string TestName(string implementationName, ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        // NUnit reads braces in a test name as placeholders.
        return $"{implementationName} / {scenario.Feature.Title} / {scenario.Name} [{scenario.Id}]".Replace('{', '(').Replace('}', ')');
    }
}
