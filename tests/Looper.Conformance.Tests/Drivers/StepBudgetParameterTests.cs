using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Reference;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Check that a run may give its scenarios a step budget of its own, and that a bad one is refused with what to write instead.</summary>
public sealed class StepBudgetParameterTests
{
    private static ScenarioCase Scenario(string id) =>
        FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).First(scenario => scenario.Id == id);

    [Test]
    public void The_budget_comes_from_the_test_parameter_or_defaults_to_ten_thousand_calls()
    {
        StepBudgetParameter.Parse(null).ShouldBe(10_000);
        StepBudgetParameter.Parse(" ").ShouldBe(StepBudget.DefaultLimit);
        StepBudgetParameter.Parse("250").ShouldBe(250);
        StepBudgetParameter.Parse("100000000").ShouldBe(StepBudgetParameter.Maximum);
    }

    [TestCase("many")]
    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("2.5")]
    [TestCase("100000001")]
    public void A_budget_that_is_not_a_whole_number_of_calls_in_range_is_refused_with_the_range(string calls) =>
        Should.Throw<ArgumentException>(() => StepBudgetParameter.Parse(calls)).Message
            .ShouldStartWith($"The test parameter LooperStepBudget is \"{calls}\"; set it to a whole number of calls from 1 to 100000000, such as 50000, or leave it out for 10000.");

    [Test]
    public async Task A_loop_that_never_ends_is_stopped_at_the_budget_the_run_sets()
    {
        var outcome = await ConformanceRun.RunAsync(new SpinningLooperImplementation(), Scenario("sc-loop-04"), returnTimeout: null, stepBudget: 250);

        outcome.Status.ShouldBe(OutcomeStatus.TimedOut);
        outcome.Message.ShouldNotBeNull().ShouldContain("did not complete within 250 calls into the suite");
    }

    [Test]
    public async Task A_budget_the_scenario_needs_more_than_fails_a_correct_looper_and_a_larger_one_passes_it()
    {
        var scenario = Scenario("sc-loop-04");

        (await ConformanceRun.RunAsync(new ReferenceLooperImplementation(), scenario, returnTimeout: null, stepBudget: 1)).Status.ShouldBe(OutcomeStatus.TimedOut);
        (await ConformanceRun.RunAsync(new ReferenceLooperImplementation(), scenario, returnTimeout: null, stepBudget: 250)).Status.ShouldBe(OutcomeStatus.Passed);
    }

    [Test]
    public async Task A_run_refuses_a_budget_out_of_range_before_it_starts_the_scenario() =>
        (await Should.ThrowAsync<ArgumentOutOfRangeException>(() => ConformanceRun.RunAsync(new ReferenceLooperImplementation(), Scenario("sc-loop-04"), returnTimeout: null, stepBudget: 0)))
            .Message.ShouldStartWith("A step budget is a whole number of calls from 1 to 100000000.");
}
