using Looper.Testing;
using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Reference;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Hold the messages a learner sees when a scenario fails, and prove that broken implementations fail clearly and do not hang.</summary>
public sealed class LearnerMessagesTests
{
    /// <summary>Long enough for a loop of a few steps, short enough to keep the test quick; only scenarios that hang on purpose use it.</summary>
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(0.5);

    [Test]
    public void A_wrong_value_reads_subject_should_be_but_was_then_the_requirement_and_the_stage_hint() =>
        Approval.Verify(
            new Verdict(["WAIT-4"], stage: 1).Message("the status of the task of \"W\"", "should be", "Finished", "InProgress"),
            "tests/Looper.Conformance.Tests/Drivers/WrongValue.approved.txt");

    [Test]
    public async Task A_stub_fails_with_the_member_and_the_spec_section_it_names()
    {
        var failure = await FailureOf<StubLooperImplementation>("sc-loop-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/NotImplemented.approved.txt");
    }

    [Test]
    public async Task A_stub_without_a_message_gets_the_spec_section_from_the_suite()
    {
        var failure = await FailureOf<BareStubLooperImplementation>("sc-fut-01");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/NotImplementedBare.approved.txt");
    }

    [Test]
    public async Task A_stub_called_where_the_scenario_expects_a_refusal_still_reads_not_implemented()
    {
        var failure = await FailureOf<BareStubLooperImplementation>("sc-wait-07");
        failure.Message.ShouldStartWith("not implemented: ILooperImplementation.CreateWait, see spec section 2 (WAIT)");
    }

    [Test]
    public async Task A_loop_that_never_ends_fails_with_the_budget_message()
    {
        var failure = await FailureOf<SpinningLooperImplementation>("sc-loop-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/Budget.approved.txt");
    }

    [Test]
    public async Task A_loop_that_swallows_the_budgets_exceptions_fails_with_the_budget_message_without_waiting_for_the_timeout()
    {
        var failure = await FailureOf<CatchAllLooperImplementation>("sc-loop-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/BudgetIgnored.approved.txt");
    }

    [Test]
    public async Task A_loop_that_spins_without_calling_the_suite_fails_with_the_timeout_message()
    {
        var failure = await FailureOf<FrozenLooperImplementation>("sc-loop-04", ShortTimeout);
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/NeverReturns.approved.txt");
    }

    [Test]
    public async Task After_a_call_is_abandoned_the_other_scenarios_still_run()
    {
        var hang = await FailureOf<FrozenAgainLooperImplementation>("sc-loop-04", ShortTimeout);

        hang.Message.ShouldStartWith("ILooper.RunUntilComplete did not return within 0.5 s");
        await Should.NotThrowAsync(() => Run<FrozenAgainLooperImplementation>("sc-wait-01"));
        await Should.NotThrowAsync(() => Run<FrozenAgainLooperImplementation>("sc-fut-01"));
    }

    [Test]
    public async Task Abandoned_calls_never_change_the_verdict_of_later_scenarios()
    {
        // However many calls were abandoned before, the same scenario gets the same verdict: nothing is refused.
        for (var i = 0; i < 3; i++)
        {
            (await FailureOf<FrozenToTheLimitLooperImplementation>("sc-loop-04", ShortTimeout)).Message.ShouldStartWith("ILooper.RunUntilComplete did not return within 0.5 s");
        }
    }

    [Test]
    public async Task An_exception_in_learner_code_names_the_member_and_where_it_was_thrown()
    {
        var failure = await FailureOf<IndexerLooperImplementation>("sc-lookup-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/LearnerException.approved.txt");
    }

    [Test]
    public async Task Steps_in_the_wrong_order_show_both_orders()
    {
        var failure = await FailureOf<ReversedLooperImplementation>("sc-loop-03");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/WrongOrder.approved.txt");
    }

    [Test]
    public async Task A_wait_that_finishes_late_fails_the_scenarios_of_WAIT_3_with_what_was_expected()
    {
        var failure = await FailureOf<OffByOneWaitImplementation>("sc-wait-04");
        Approval.Verify(failure.Message, "tests/Looper.Conformance.Tests/Drivers/OffByOneWait.approved.txt");
    }

    [Test]
    public async Task The_reference_passes_the_scenarios_the_broken_ones_fail()
    {
        foreach (var scenarioId in (string[])["sc-wait-04", "sc-loop-03", "sc-loop-04", "sc-lookup-04", "sc-fut-01"])
        {
            await Should.NotThrowAsync(() => Run<ReferenceLooperImplementation>(scenarioId), scenarioId);
        }
    }

    [OneTimeTearDown]
    public void EndTheLoopsThatNeverEnd() => HandWrittenLooper.Released = true;

    private static async Task<Exception> FailureOf<TImplementation>(string scenarioId, TimeSpan? timeout = null)
        where TImplementation : ILooperImplementation, new()
    {
        // Shouldly lets its own assertion exceptions through Should.ThrowAsync, so catch by hand.
        try
        {
            await Run<TImplementation>(scenarioId, timeout);
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new AssertionException($"{typeof(TImplementation).Name} passed {scenarioId}, which it should fail.");
    }

    private static Task Run<TImplementation>(string scenarioId, TimeSpan? timeout = null)
        where TImplementation : ILooperImplementation, new()
    {
        var scenario = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).First(scenario => scenario.Tags.Contains(scenarioId));
        return ScenarioRunner.RunAsync($"{typeof(TImplementation).Name}-meta", scenario, container =>
        {
            container.RegisterInstanceAs<ILooperImplementation>(new TImplementation());
            container.RegisterInstanceAs(Verdict.For(scenario));
            container.RegisterInstanceAs(new RunGuard { Timeout = timeout ?? RunGuard.DefaultTimeout });
        });
    }
}
