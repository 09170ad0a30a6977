using Looper.Conformance.Drivers;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Check what happened and in which order: steps, callbacks, disposals, threads, errors.
/// </summary>
[Binding]
internal sealed class JournalSteps(LooperDriver driver)
{
    /// <summary>Check the whole journal, in order.</summary>
    [Then(@"^the events were, in order:$")]
    public void Events(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        driver.Verdict.Sequence("the events, in order", driver.Journal.Events, GherkinValues.Column(table));
    }

    /// <summary>Check the steps of scripted coroutines only, in order.</summary>
    [Then(@"^the steps were (.+)$")]
    public void Steps(string steps) =>
        driver.Verdict.Sequence(
            "the steps, in order",
            [.. driver.Journal.Events.Where(e => !e.StartsWith("log: ", StringComparison.Ordinal) && !e.StartsWith("tick ", StringComparison.Ordinal))],
            [.. steps.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>Check how many times a scripted coroutine was stepped.</summary>
    [Then(@"^""([^""]+)"" was stepped (\d+) times?$")]
    public void SteppedTimes(string name, int times) =>
        driver.Verdict.Equal($"how many times \"{name}\" was stepped", driver.Scripted(name).Steps, times);

    /// <summary>Check a scripted coroutine was never stepped.</summary>
    [Then(@"^""([^""]+)"" was never stepped$")]
    public void NeverStepped(string name) => SteppedTimes(name, 0);

    /// <summary>Check whether a scripted coroutine was disposed (spec KILL-4).</summary>
    [Then(@"^""([^""]+)"" was (disposed|not disposed)$")]
    public void Disposed(string name, string state) =>
        driver.Verdict.Equal($"whether \"{name}\" was disposed", driver.Scripted(name).Disposed, state == "disposed");

    /// <summary>Check how many times a wrapper's callback ran (spec WRAP-3).</summary>
    [Then(@"^the callback of ""([^""]+)"" ran (\d+) times?$")]
    public void Callbacks(string name, int times) =>
        driver.Verdict.Equal($"how many times the callback of \"{name}\" ran", driver.CallbacksOf(name), times);

    /// <summary>Check a wrapper's callback never ran.</summary>
    [Then(@"^the callback of ""([^""]+)"" never ran$")]
    public void NoCallback(string name) => Callbacks(name, 0);

    /// <summary>Check every step of a scripted coroutine ran on the thread that ran the looper (spec LOOP-9).</summary>
    [Then(@"^every step of ""([^""]+)"" ran on the thread that ran the looper$")]
    public void SameThread(string name) =>
        driver.Verdict.Sequence(
            $"the threads the steps of \"{name}\" ran on",
            [.. driver.Scripted(name).ThreadIds.Select(id => $"thread {id}")],
            [.. driver.Scripted(name).ThreadIds.Select(_ => $"thread {driver.RunThreads.Single()}")]);

    /// <summary>Check the last attempted call threw an exception of a given type.</summary>
    [Then(@"^it is rejected with an? ([A-Za-z]+Exception)$")]
    public void Rejected(string type) =>
        driver.Verdict.Equal("what the call threw", driver.LastError?.GetType().Name ?? "nothing", type);

    /// <summary>Check the last attempted call threw nothing.</summary>
    [Then(@"^it is accepted$")]
    public void Accepted() =>
        driver.Verdict.Equal("what the call threw", Verdict.Show(driver.LastError), "nothing");
}
