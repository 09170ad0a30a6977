using Looper.Conformance;
using Looper.Python.Tests.Grading;

namespace Looper.Python.Tests;

/// <summary>The Python starter fails every scenario, each time saying which Python member is not implemented yet.</summary>
public sealed class StarterTests
{
    private static readonly string[] PythonMembers = ["Looper.add_task", "Looper.get_task", "Looper.kill_task", "Looper.run_until_complete", "wait", "wait_wrapper"];

    [Test]
    public async Task The_Python_starter_fails_every_scenario_naming_the_Python_member_to_write()
    {
        var outcomes = await PythonGrading.GradeAsync(PythonGrading.Starter);

        var report = PythonGrading.Report(outcomes);
        await TestContext.Out.WriteLineAsync(report);
        var applicable = outcomes.Where(outcome => outcome.Status != OutcomeStatus.NotApplicable).ToList();
        applicable.ShouldNotBeEmpty();
        applicable.ShouldAllBe(outcome => outcome.Status == OutcomeStatus.Failed || outcome.Status == OutcomeStatus.Errored, $"The starter must fail every scenario:\n{report}");
        foreach (var outcome in applicable)
        {
            var message = outcome.Message ?? string.Empty;
            message.ShouldStartWith("not implemented: ", Case.Sensitive, $"{outcome.Scenario.Id}:\n{message}");
            PythonMembers.ShouldContain(member => message.StartsWith($"not implemented: {member},", StringComparison.Ordinal), $"{outcome.Scenario.Id} names no Python member:\n{message}");
            message.ShouldContain("see spec section", Case.Sensitive, $"{outcome.Scenario.Id}:\n{message}");
            message.ShouldNotContain("ILooper", Case.Sensitive, $"{outcome.Scenario.Id} names a C# member:\n{message}");
        }
    }
}
