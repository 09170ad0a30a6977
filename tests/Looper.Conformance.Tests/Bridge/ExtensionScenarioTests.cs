using System.Diagnostics;
using Looper.Conformance.Bridge;
using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Bridge;

/// <summary>List an extension's scenarios only for implementations that implement its interface, and leave the core suite as it was.</summary>
public sealed class ExtensionScenarioTests
{
    private const string IdleSleepFeature = "features/idle-sleep.feature";

    private static readonly CompiledFeature Sample = FeatureCatalog.Compile("features/sample.feature", """
        Feature: Sample
          @sc-x-01 @stage-2 @LOOP-1
          Scenario: core

          @extension @sc-x-02 @stage-6 @IDLE-1
          Scenario: idle sleep

          @extension @sc-x-03 @stage-6 @NAP-1
          Scenario: an extension the suite does not know
        """);

    [Test]
    public void An_implementation_without_the_extension_runs_only_the_core_scenarios_and_sees_the_others_as_not_applicable()
    {
        var listed = ScenarioTestCases.For("Plain", typeof(PlainImplementation), [Sample]).ToList();

        Names(Runnable(listed)).ShouldBe(["Plain / Sample / core [sc-x-01]"]);
        Names(NotRun(listed)).ShouldBe(["Plain / Sample / idle sleep [sc-x-02]", "Plain / Sample / an extension the suite does not know [sc-x-03]"]);
        NotRun(listed).ShouldAllBe(testCase => ((string)testCase.Properties.Get(NUnit.Framework.Internal.PropertyNames.SkipReason)!).StartsWith("not applicable:", StringComparison.Ordinal));
    }

    [Test]
    public void An_implementation_of_the_extension_also_runs_its_scenarios() =>
        Names(Runnable(ScenarioTestCases.For("Sleepy", typeof(SleepyImplementation), [Sample]))).ShouldBe(["Sleepy / Sample / core [sc-x-01]", "Sleepy / Sample / idle sleep [sc-x-02]"]);

    [Test]
    public void The_embedded_suite_without_the_extension_runs_exactly_the_core_suite()
    {
        var listed = ScenarioTestCases.For("Plain", typeof(PlainImplementation), FeatureCatalog.Features).ToList();
        var idleSleep = FeatureCatalog.Features.Single(feature => feature.Path == IdleSleepFeature);

        Runnable(listed).Count.ShouldBe(FeatureCatalog.Features.Sum(feature => feature.Scenarios.Count) - idleSleep.Scenarios.Count);
        NotRun(listed).Count.ShouldBe(idleSleep.Scenarios.Count);
    }

    [Test]
    public void The_reference_gets_every_idle_sleep_scenario()
    {
        var idleSleep = FeatureCatalog.Features.Single(feature => feature.Path == IdleSleepFeature);
        idleSleep.Tags.ShouldContain("extension");

        var listed = ScenarioTestCases.For("Reference", typeof(ReferenceLooperImplementation), FeatureCatalog.Features).ToList();

        Runnable(listed).Count.ShouldBe(FeatureCatalog.Features.Sum(feature => feature.Scenarios.Count));
        Names(listed).ShouldContain($"Reference / {idleSleep.Title} / {idleSleep.Scenarios[0].Name} [{idleSleep.Scenarios[0].Id}]");
    }

    private static List<TestCaseData> Runnable(IEnumerable<TestCaseData> testCases) =>
        [.. testCases.Where(testCase => testCase.RunState != NUnit.Framework.Interfaces.RunState.Ignored)];

    private static List<TestCaseData> NotRun(IEnumerable<TestCaseData> testCases) =>
        [.. testCases.Where(testCase => testCase.RunState == NUnit.Framework.Interfaces.RunState.Ignored)];

    private static List<string> Names(IEnumerable<TestCaseData> testCases) => [.. testCases.Select(testCase => testCase.TestName ?? string.Empty)];

    private const string OnlyTheTypeIsInspected = "These tests look only at which interfaces the type implements; nothing creates a looper from it.";

    /// <summary>An implementation of the core contract only.</summary>
    private sealed class PlainImplementation : ILooperImplementation
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new UnreachableException(OnlyTheTypeIsInspected);

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new UnreachableException(OnlyTheTypeIsInspected);

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
            throw new UnreachableException(OnlyTheTypeIsInspected);
    }

    /// <summary>An implementation that also takes up the idle-sleep extension.</summary>
    private sealed class SleepyImplementation : ILooperImplementation, IIdleSleepExtension
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new UnreachableException(OnlyTheTypeIsInspected);

        public ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper) => throw new UnreachableException(OnlyTheTypeIsInspected);

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new UnreachableException(OnlyTheTypeIsInspected);

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
            throw new UnreachableException(OnlyTheTypeIsInspected);
    }
}
