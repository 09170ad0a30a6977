using Looper.Conformance.Bridge;
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
        var stages = Descendants(built).OfType<TestMethod>().Select(test => ((ScenarioCase)test.Arguments[0]!).Traits.Stage).ToList();

        var expected = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Count(scenario => scenario.Traits.Stage <= 2);
        stages.Count.ShouldBe(expected);
        stages.ShouldAllBe(stage => stage == 1 || stage == 2);
        stages.ShouldContain(1);
        stages.ShouldContain(2);
    }

    [Test]
    public void Up_to_the_last_stage_an_extension_implementation_runs_its_extension_scenarios()
    {
        var built = new DefaultSuiteBuilder().BuildFrom(new TypeWrapper(typeof(UpToLastStageSleepyConformance)));
        var tests = Descendants(built).OfType<TestMethod>().ToList();
        var extension = tests.Where(test => ((ScenarioCase)test.Arguments[0]!).Traits.IsExtension).ToList();

        tests.Count.ShouldBe(FeatureCatalog.Features.Sum(feature => feature.Scenarios.Count));
        extension.Count.ShouldBe(FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Count(scenario => scenario.Traits.IsExtension));
        extension.ShouldNotBeEmpty();
        extension.ShouldAllBe(test => test.RunState == NUnit.Framework.Interfaces.RunState.Runnable);
    }

    [Test]
    public void A_stage_beyond_the_spec_stage_table_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new UpToStageAttribute(Looper.Conformance.Traits.StageCatalog.Last + 1));

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

/// <summary>The reference, idle-sleep extension included, under a name of its own.</summary>
public sealed class StagedSleepyReferenceImplementation : ILooperImplementation, IIdleSleepExtension
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper) => _reference.CreateIdleSleepingLooper(timeProvider, logger, sleeper);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}

/// <summary>Runs every stage, up to the last, against the reference with its extension.</summary>
[TestFixture, UpToStage(6)]
public sealed class UpToLastStageSleepyConformance : ConformanceSuite<StagedSleepyReferenceImplementation>;
