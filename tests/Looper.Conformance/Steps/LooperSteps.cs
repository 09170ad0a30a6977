using Looper.Conformance.Drivers;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Act on the looper and the clock: add, run, kill, look up, step by hand, move time.
/// </summary>
[Binding]
internal sealed class LooperSteps(LooperDriver driver)
{
    /// <summary>Add coroutines to the looper, in the order named.</summary>
    [Given(@"^(?:the coroutines? )?(""[^""]+""(?:(?:, | and )""[^""]+"")*) (?:is|are) added to the looper$")]
    [When(@"^(?:the coroutines? )?(""[^""]+""(?:(?:, | and )""[^""]+"")*) (?:is|are) added to the looper$")]
    public void Add(string names)
    {
        foreach (var name in GherkinValues.Names(names))
        {
            driver.Add(name);
        }
    }

    /// <summary>Add a coroutine again, expecting the looper may refuse (spec ADD-6).</summary>
    [When(@"^""([^""]+)"" is added to the looper again$")]
    public void AddAgain(string name) => driver.Attempt(() => driver.Looper.AddTask(driver.Coroutine(name)));

    /// <summary>Run the looper until no task can act.</summary>
    [When(@"^the looper runs until complete$")]
    public void Run() => driver.Run();

    /// <summary>Kill a task from outside the loop.</summary>
    [Given(@"^""([^""]+)"" is killed$")]
    [When(@"^""([^""]+)"" is killed$")]
    public void Kill(string name) => driver.Kill(name);

    /// <summary>Look a task up and keep the snapshot (spec FUT-4).</summary>
    [When(@"^the task of ""([^""]+)"" is looked up and kept as ""([^""]+)""$")]
    public void Keep(string name, string label) => driver.Keep(name, label);

    /// <summary>Step a coroutine by hand.</summary>
    [When(@"^""([^""]+)"" is stepped$")]
    public void Step(string name) => driver.Step(name);

    /// <summary>Step a coroutine by hand several times.</summary>
    [When(@"^""([^""]+)"" is stepped (\d+) times$")]
    public void StepTimes(string name, int times)
    {
        for (var i = 0; i < times; i++)
        {
            driver.Step(name);
        }
    }

    /// <summary>Move the clock to a time, then step a coroutine by hand.</summary>
    [When(@"^""([^""]+)"" is stepped at ([0-9.]+) seconds?$")]
    public void StepAt(string name, string seconds)
    {
        driver.Clock.AdvanceTo(GherkinValues.Seconds(seconds));
        driver.Step(name);
    }

    /// <summary>Move the clock on.</summary>
    [Given(@"^the clock advances ([0-9.]+) seconds?$")]
    [When(@"^the clock advances ([0-9.]+) seconds?$")]
    public void Advance(string seconds) => driver.Clock.Advance(GherkinValues.Seconds(seconds));

    /// <summary>Turn the clock back, as a wall clock may be (spec WAIT-8).</summary>
    [When(@"^the clock is turned back ([0-9.]+) seconds?$")]
    public void TurnBack(string seconds) => driver.Clock.TurnBack(GherkinValues.Seconds(seconds));

    /// <summary>Make the clock fail when read from some time on.</summary>
    [Given(@"^the clock fails when read from ([0-9.]+) seconds? on$")]
    public void FailFrom(string seconds) => driver.Clock.FailFrom(GherkinValues.Seconds(seconds));

    /// <summary>Create a wait, expecting the implementation may refuse (spec WAIT-7).</summary>
    [When(@"^a wait of (-?[0-9.]+) seconds? is created$")]
    public void CreateWait(string seconds) =>
        driver.Attempt(() => driver.Implementation.CreateWait(GherkinValues.Seconds(seconds), driver.Clock, driver.Logger));

    /// <summary>Create a wrapper, expecting the implementation may refuse (spec WAIT-7).</summary>
    [When(@"^a wrapper over a wait of (-?[0-9.]+) seconds? is created$")]
    public void CreateWrapper(string seconds) =>
        driver.Attempt(() => driver.Implementation.CreateWaitWrapper(() => null, GherkinValues.Seconds(seconds), driver.Looper, driver.Clock, driver.Logger));

    /// <summary>Call a member of the contract with one null argument (spec FAIL-3).</summary>
    [When(@"^(.+) is called with a null (.+)$")]
    public void CallWithNull(string member, string argument) => driver.Attempt(NullCalls.For(driver, member, argument));
}
