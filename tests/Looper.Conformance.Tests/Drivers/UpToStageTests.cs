using Looper.Conformance.Bridge;
using Looper.Conformance.Hints;
using Looper.Reference;
using ILogger = Microsoft.Extensions.Logging.ILogger;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Check that <see cref="UpToStageAttribute"/> keeps exactly the scenarios of the stages it unlocks.</summary>
public sealed class UpToStageTests
{
    [Test]
    public void A_fixture_up_to_stage_2_lists_the_scenarios_of_stages_1_and_2_and_no_others()
    {
        var built = new DefaultSuiteBuilder().BuildFrom(new TypeWrapper(typeof(UpToStage2Conformance)));
        var stages = Descendants(built).OfType<TestMethod>().Select(test => StageHints.StageOf((IEnumerable<string>)test.Properties["Category"].Cast<string>())).ToList();

        var expected = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Count(scenario => StageHints.StageOf(scenario.Tags) <= 2);
        stages.Count.ShouldBe(expected);
        stages.ShouldAllBe(stage => stage == 1 || stage == 2);
        stages.ShouldContain(1);
        stages.ShouldContain(2);
    }

    [Test]
    public void A_stage_outside_1_to_6_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new UpToStageAttribute(7));

    private static IEnumerable<NUnit.Framework.Interfaces.ITest> Descendants(NUnit.Framework.Interfaces.ITest test) =>
        test.Tests.SelectMany(child => Descendants(child).Prepend(child));
}

/// <summary>The reference under a name of its own, as a learner in stage 2 would plug in.</summary>
public sealed class StagedReferenceImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}

/// <summary>Runs, in this test project too, the scenarios of stages 1 and 2 against the reference.</summary>
[TestFixture, UpToStage(2)]
public sealed class UpToStage2Conformance : ConformanceSuite<StagedReferenceImplementation>;
