using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Conformance.Requirements;
using Looper.Reference;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Hold the messages a learner sees when a scenario fails, and prove that broken implementations fail clearly and do not hang.</summary>
public sealed class LearnerMessagesTests
{
    [Test]
    public void A_wrong_value_reads_subject_should_be_but_was_then_the_requirement() =>
        Approval.Verify(
            new Verdict(["WAIT-4"]).Message("the status of the task of \"W\"", "should be", "Finished", "InProgress"),
            "tests/Looper.Conformance.Tests/Drivers/WrongValue.approved.txt");

    [Test]
    public async Task A_stub_fails_with_the_member_it_did_not_implement()
    {
        var failure = await FailureOf<StubLooperImplementation>("sc-loop-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/NotImplemented.approved.txt");
    }

    [Test]
    public async Task A_loop_that_never_ends_fails_with_the_budget_message()
    {
        var failure = await FailureOf<SpinningLooperImplementation>("sc-loop-04");
        failure.Message.ShouldStartWith("ILooper.RunUntilComplete did not complete within 100000 clock reads and coroutine steps");
        failure.Message.ShouldContain("LOOP-1: ");
    }

    [Test]
    public async Task A_wait_that_finishes_late_fails_the_scenarios_of_WAIT_3_with_what_was_expected()
    {
        var failure = await FailureOf<OffByOneWaitImplementation>("sc-wait-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/OffByOneWait.approved.txt");
    }

    [Test]
    public async Task The_reference_passes_the_scenario_the_broken_ones_fail() =>
        await Should.NotThrowAsync(() => Run<ReferenceLooperImplementation>("sc-wait-04"));

    private static async Task<Exception> FailureOf<TImplementation>(string scenarioId)
        where TImplementation : ILooperImplementation, new()
    {
        // Shouldly lets its own assertion exceptions through Should.ThrowAsync, so catch by hand.
        try
        {
            await Run<TImplementation>(scenarioId);
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new AssertionException($"{typeof(TImplementation).Name} passed {scenarioId}, which it should fail.");
    }

    private static Task Run<TImplementation>(string scenarioId)
        where TImplementation : ILooperImplementation, new()
    {
        var scenario = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Single(scenario => scenario.Tags.Contains(scenarioId));
        var verdict = new Verdict([.. scenario.Tags.Where(RequirementCatalog.IsRequirementTag)]);
        return ScenarioRunner.RunAsync($"{typeof(TImplementation).Name}-meta", scenario, container =>
        {
            container.RegisterInstanceAs<ILooperImplementation>(new TImplementation());
            container.RegisterInstanceAs(verdict);
        });
    }
}
