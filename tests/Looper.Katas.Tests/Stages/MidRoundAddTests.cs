using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;

namespace Looper.Katas.Tests.Stages;

/// <summary>
/// Prove that what stage 2's instructions demand, stage 2 checks: a loop that lets a task added mid-round join the
/// round in progress fails a stage-2 scenario, and the failure names ADD-1.
/// </summary>
public sealed class MidRoundAddTests
{
    private const string ScenarioId = "sc-loop-17";

    [Test]
    public void The_scenario_for_a_task_added_mid_round_belongs_to_stage_2_and_checks_ADD_1()
    {
        var scenario = Scenario();

        scenario.Traits.Stage.ShouldBe(2);
        scenario.Tags.ShouldContain("ADD-1");
    }

    [Test]
    public async Task A_round_walked_by_index_lets_the_new_task_join_and_fails_naming_ADD_1()
    {
        var message = await FailureOf(new ByIndexLooperImplementation());

        message.ShouldContain("but was", Case.Sensitive, message);
        message.ShouldContain("ADD-1: ", Case.Sensitive, message);
    }

    [Test]
    public async Task A_round_walked_with_foreach_throws_and_fails_naming_ADD_1()
    {
        var message = await FailureOf(new ForeachLooperImplementation());

        message.ShouldContain("InvalidOperationException", Case.Sensitive, message);
        message.ShouldContain("ADD-1: ", Case.Sensitive, message);
    }

    private static ScenarioCase Scenario() =>
        FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Single(scenario => scenario.Tags.Contains(ScenarioId));

    private static async Task<string> FailureOf(ILooperImplementation implementation)
    {
        var scenario = Scenario();
        try
        {
            await ScenarioRunner.RunAsync($"Kata-{implementation.GetType().Name}", scenario, container =>
            {
                container.RegisterInstanceAs(implementation);
                container.RegisterInstanceAs(Verdict.For(scenario));
            });
        }
        catch (Exception failure)
        {
            return failure.Message;
        }

        Assert.Fail($"{implementation.GetType().Name} should fail {ScenarioId}");
        return string.Empty;
    }
}
