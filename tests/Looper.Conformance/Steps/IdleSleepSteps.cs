using Looper.Conformance.Drivers;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Set up and check the optional idle-sleep extension: the idle-sleeping looper, wake-up times and the sleeps (spec IDLE).
/// </summary>
[Binding]
internal sealed class IdleSleepSteps(LooperDriver driver)
{
    /// <summary>Use an idle-sleeping looper, whose sleeper moves the virtual clock.</summary>
    [Given(@"^an idle-sleeping looper$")]
    public void IdleSleepingLooper() => driver.UseIdleSleepingLooper();

    /// <summary>Make the first sleep end early, as a sleeper may (spec IDLE-6).</summary>
    [Given(@"^the sleeper's first sleep ends ([0-9.]+) seconds? early$")]
    public void FirstSleepEndsEarly(string seconds) => driver.Sleeper.FirstSleepEndsEarlyBy = GherkinValues.Seconds(seconds);

    /// <summary>A coroutine that plays a table of statuses with wake-up times, in seconds since the scenario began; an empty cell is none.</summary>
    [Given(@"^a coroutine ""([^""]+)"" that yields, with wake-up times:$")]
    public void ScriptedWithWakeUpTimes(string name, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        driver.DefineScripted(name, [.. table.Rows.Select(row => new ScriptedStep([], new StepOutcome.Yield(new Future
        {
            Status = GherkinValues.Status(row["status"]),
            WakeAt = GherkinValues.Cell(row, "wake at").Trim() is { Length: > 0 } seconds
                ? driver.WakeUpTime(GherkinValues.Seconds(seconds))
                : DateTimeOffset.MinValue,
        })))]);
    }

    /// <summary>Create an idle-sleeping looper with an argument left out (spec IDLE-1).</summary>
    [When(@"^an idle-sleeping looper is created without its (time provider|logger|sleeper)$")]
    public void CreateWithout(string argument) => driver.AttemptIdleSleepingLooperWithout(argument);

    /// <summary>Check the wake-up times the loop slept until, in order.</summary>
    [Then(@"^the loop slept until (.+) seconds$")]
    [Then(@"^the loop slept until (.+) second$")]
    public void SleptUntil(string times) =>
        driver.Verdict.Sequence(
            "the times the loop slept until, in seconds",
            [.. driver.Sleeper.WakeUpTimes.Select(SuiteSleeper.Seconds)],
            [.. List(times).Select(time => SuiteSleeper.Seconds(GherkinValues.Seconds(time)))]);

    /// <summary>Check the loop never called its sleeper.</summary>
    [Then(@"^the loop never slept$")]
    public void NeverSlept() => SleptUntilNothing();

    /// <summary>Check every sleep ran on the thread that ran the looper (spec IDLE-1).</summary>
    [Then(@"^every sleep happened on the thread that ran the looper$")]
    public void SleptOnLoopThread() =>
        driver.Verdict.Sequence(
            "the threads the sleeps happened on",
            [.. driver.Sleeper.ThreadIds.Select(id => $"thread {id}")],
            [.. driver.Sleeper.ThreadIds.Select(_ => $"thread {driver.RunThreads.Single()}")]);

    /// <summary>Check the wake-up times of the futures a coroutine stepped by hand yielded (spec IDLE-2).</summary>
    [Then(@"^the wake-up times ""([^""]+)"" yielded were (.+)$")]
    public void YieldedWakeUpTimes(string name, string times) =>
        driver.Verdict.Sequence(
            $"the wake-up times of the futures \"{name}\" yielded",
            [.. driver.YieldsOf(name).Select(driver.DescribeWakeUpTime)],
            List(times));

    private void SleptUntilNothing() =>
        driver.Verdict.Sequence(
            "the times the loop slept until, in seconds",
            [.. driver.Sleeper.WakeUpTimes.Select(SuiteSleeper.Seconds)],
            []);

    /// <summary>Read a list such as <c>3, 5 and 10</c>.</summary>
    private static string[] List(string text) =>
        text.Replace(" and ", ", ", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
