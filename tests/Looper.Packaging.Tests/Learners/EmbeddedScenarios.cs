using Looper.Conformance;
using Looper.Conformance.Bridge;
using NUnit.Framework.Interfaces;

namespace Looper.Packaging.Tests.Learners;

/// <summary>
/// Count the embedded scenarios the suite lists for an implementation: the core ones, plus those of the extensions it implements.
/// </summary>
/// <param name="Listed">Scenarios listed as tests.</param>
/// <param name="Ignored">Listed scenarios tagged <c>@ignore</c>, which a run skips.</param>
internal sealed record EmbeddedScenarios(int Listed, int Ignored)
{
    /// <summary>Gets the scenarios that run: listed and not ignored.</summary>
    public int Run => Listed - Ignored;

    /// <summary>Count the scenarios listed for <paramref name="implementationType"/>; the contract's own interface stands for a looper that takes up no extension.</summary>
    public static EmbeddedScenarios For(Type implementationType)
    {
        var cases = ScenarioTestCases.For("count", implementationType, FeatureCatalog.Features).ToList();
        return new EmbeddedScenarios(cases.Count, cases.Count(testCase => testCase.RunState == RunState.Ignored));
    }
}
