using System.Reflection;
using Looper.Conformance.Bridge;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Looper.Conformance;

/// <summary>
/// Build the scenario test cases like <see cref="TestCaseSourceAttribute"/>, then drop those beyond the fixture's <see cref="UpToStageAttribute"/>.
/// </summary>
/// <param name="sourceName">The static member that lists the test cases.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class StagedScenarioSourceAttribute(string sourceName) : NUnitAttribute, ITestBuilder, IImplyFixture
{
    private readonly TestCaseSourceAttribute _source = new(sourceName);

    /// <inheritdoc />
    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, NUnit.Framework.Internal.Test? suite)
    {
        var lastStage = (suite?.TypeInfo?.Type ?? method.TypeInfo.Type).GetCustomAttribute<UpToStageAttribute>()?.Stage;
        return _source.BuildFrom(method, suite).Where(test => lastStage is null || StageOf(test) <= lastStage);
    }

    private static int? StageOf(TestMethod test) =>
        test.Arguments is [ScenarioCase scenario, ..] ? scenario.Traits.Stage : null;
}
