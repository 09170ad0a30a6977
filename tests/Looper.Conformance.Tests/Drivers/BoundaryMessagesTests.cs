using Looper.Testing;
using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Mutants;
using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Hold the messages a learner sees when a scenario that takes a requirement to its boundary fails, one approved file per scenario.</summary>
/// <remarks>Each scenario is run against an implementation with a bug of the kind it is there to catch: a curated mutant, or for idle sleep a looper that never sleeps.</remarks>
public sealed class BoundaryMessagesTests
{
    private const string Folder = "tests/Looper.Conformance.Tests/Drivers/Boundary";

    public static IEnumerable<TestCaseData> Cases() =>
        new (string Scenario, string Culprit)[]
        {
            ("sc-wait-13", "MicrosecondTolerance"),
            ("sc-wait-14", "MillisecondOverrun"),
            ("sc-wait-15", "SecondReadForOverrun"),
            ("sc-wait-16", "StartReadTwice"),
            ("sc-wait-17", "WaitReadsClockAtCreation"),
            ("sc-loop-14", "WaitReadsClockAtCreation"),
            ("sc-loop-15", "ResultCarriedOver"),
            ("sc-add-10", "ReversedAdmission"),
            ("sc-fut-06", "AdmittedInProgress"),
            ("sc-lookup-07", "NewestFirst"),
            ("sc-kill-13", "SelfKillSkipsNext"),
            ("sc-kill-14", "KillLeavesRound"),
            ("sc-kill-15", "SelfKillSkipsNext"),
            ("sc-kill-16", "QueuedKillUnmarked"),
            ("sc-kill-17", "QueuedKillRemovedAtOnce"),
            ("sc-kill-18", "KillDropsResult"),
            ("sc-kill-19", "FinishedKillRemovedAtOnce"),
            ("sc-kill-20", "FinishedKillRemovedAtOnce"),
            ("sc-kill-21", "ReaddWhileMarked"),
            ("sc-wrap-10", "NullCallbackFails"),
            ("sc-loop-16", "RefusedRunLogsFinished"),
            ("sc-fut-07", "ExhaustedWarns"),
            ("sc-idle-15", nameof(NeverSleepsImplementation)),
            ("sc-idle-16", nameof(NeverSleepsImplementation)),
            ("sc-idle-17", nameof(NeverSleepsImplementation)),
        }.Select(@case => new TestCaseData(@case.Scenario, @case.Culprit).SetName($"The learner's message for {@case.Scenario} against {@case.Culprit} is approved"));

    [TestCaseSource(nameof(Cases))]
    public async Task The_message_of_a_failing_boundary_scenario_is_approved(string scenarioId, string culprit)
    {
        var failure = await FailureOf(scenarioId, culprit);

        Approval.Verify(failure.Message, $"{Folder}/{scenarioId}.approved.txt");
    }

    private static async Task<Exception> FailureOf(string scenarioId, string culprit)
    {
        var scenario = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).First(scenario => scenario.Tags.Contains(scenarioId));
        Func<ILooperImplementation> create = culprit == nameof(NeverSleepsImplementation)
            ? () => new NeverSleepsImplementation()
            : MutantCatalog.All.Single(mutant => mutant.Name == culprit).Create;

        // Shouldly lets its own assertion exceptions through Should.ThrowAsync, so catch by hand.
        try
        {
            await ScenarioRunner.RunAsync($"{culprit}-boundary", scenario, container =>
            {
                container.RegisterInstanceAs(create());
                container.RegisterInstanceAs(Verdict.For(scenario));
                container.RegisterInstanceAs(new RunGuard());
            });
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new AssertionException($"{culprit} passed {scenarioId}, which it should fail.");
    }

    /// <summary>Offer idle sleep but hand out the reference's busy-polling looper, so the loop never sleeps (spec IDLE-4).</summary>
    public sealed class NeverSleepsImplementation : ILooperImplementation, IIdleSleepExtension
    {
        private readonly ReferenceLooperImplementation _reference = new();

        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

        public ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper)
        {
            ArgumentNullException.ThrowIfNull(sleeper);
            return _reference.CreateLooper(timeProvider, logger);
        }

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
            _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
    }
}
