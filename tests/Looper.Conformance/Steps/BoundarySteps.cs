using Looper.Conformance.Drivers;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Take a requirement to its boundary: step a wait one clock tick either side of a time, count the clock's reads, check a kept snapshot field by field, and give a wrapper a callback that returns nothing.
/// </summary>
[Binding]
internal sealed class BoundarySteps(LooperDriver driver)
{
    /// <summary>Move the clock to some ticks before or after a time, then step a coroutine by hand (spec WAIT-3, WAIT-4).</summary>
    /// <param name="name">The coroutine.</param>
    /// <param name="ticks">How many clock ticks of 100 ns away from the time.</param>
    /// <param name="side">Whether the clock stops <c>before</c> or <c>after</c> the time.</param>
    /// <param name="seconds">The time, in seconds since the scenario began.</param>
    [When(@"^""([^""]+)"" is stepped (\d+) ticks? (before|after) ([0-9.]+) seconds?$")]
    public void StepNear(string name, int ticks, string side, string seconds)
    {
        var offset = TimeSpan.FromTicks(side == "before" ? -ticks : ticks);
        driver.Clock.AdvanceTo(GherkinValues.Seconds(seconds) + offset);
        driver.Step(name);
    }

    /// <summary>A wrapper made by the implementation whose callback returns null (spec WRAP-3).</summary>
    /// <param name="name">The scenario's name for it.</param>
    /// <param name="seconds">How long its wait lasts.</param>
    [Given(@"^a wrapper ""([^""]+)"" that waits ([0-9.]+) seconds? and then calls back with nothing$")]
    public void WrapperWithoutResult(string name, string seconds) => driver.DefineWrapper(name, GherkinValues.Seconds(seconds), result: null);

    /// <summary>Check how many times the clock was read since the scenario began (spec WAIT-1, WAIT-9).</summary>
    /// <param name="times">The number of reads.</param>
    [Then(@"^the clock was read (\d+) times? in all$")]
    public void ClockReads(int times) =>
        driver.Verdict.Equal("how many times the clock was read", driver.Clock.Reads, times);

    /// <summary>Check a snapshot kept earlier, field by field; fields left out are not checked (spec FUT-4, KILL-8).</summary>
    /// <param name="label">The name it was kept under.</param>
    /// <param name="table">The fields: status, result, kill, paused.</param>
    [Then(@"^the task kept as ""([^""]+)"" is:$")]
    public void KeptIs(string label, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (driver.Kept(label) is not { } kept)
        {
            driver.Verdict.Fail($"the snapshot kept as \"{label}\"", "should be", "a task", "nothing (ILooper.GetTask found no task for it)");
            return;
        }

        driver.Verdict.Equal($"the snapshot kept as \"{label}\"", kept, GherkinValues.Future(kept, table));
    }

    /// <summary>Check the clock was never read since the scenario began (spec WAIT-1).</summary>
    [Then(@"^the clock was never read$")]
    public void ClockNeverRead() => ClockReads(0);
}
