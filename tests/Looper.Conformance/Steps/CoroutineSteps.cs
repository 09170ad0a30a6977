using System.Text.RegularExpressions;
using Looper.Conformance.Drivers;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Define the coroutines a scenario uses: scripted ones, waits and wrappers made by the implementation, and the ticker.
/// </summary>
[Binding]
internal sealed partial class CoroutineSteps(LooperDriver driver)
{
    /// <summary>A coroutine that is in progress for some steps, then finishes.</summary>
    [Given(@"^a coroutine ""([^""]+)"" that is in progress for (\d+) steps? and then finishes with ""([^""]*)""$")]
    public void InProgressThenFinished(string name, int steps, string result) =>
        driver.DefineScripted(name, [.. Enumerable.Repeat(Yield(Future.InProgress), steps), Yield(Future.Finished(result))]);

    /// <summary>A coroutine that finishes on its first step.</summary>
    [Given(@"^a coroutine ""([^""]+)"" that finishes with ""([^""]*)""$")]
    public void FinishesAtOnce(string name, string result) => driver.DefineScripted(name, [Yield(Future.Finished(result))]);

    /// <summary>A coroutine that is exhausted at its first step.</summary>
    [Given(@"^a coroutine ""([^""]+)"" that ends without yielding$")]
    public void EndsAtOnce(string name) => driver.DefineScripted(name, []);

    /// <summary>A coroutine that plays a table of steps.</summary>
    [Given(@"^a coroutine ""([^""]+)"" that yields:$")]
    public void Scripted(string name, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        driver.DefineScripted(name, [.. table.Rows.Select(row => ScriptRow(name, row))]);
    }

    /// <summary>A coroutine equal to another one, but a different object (spec LOOKUP-1).</summary>
    [Given(@"^a coroutine ""([^""]+)"" that equals ""([^""]+)"" but is a different object$")]
    public void EqualTwin(string name, string original) => driver.DefineEqualTwin(name, original);

    /// <summary>Make a scripted coroutine throw when it is disposed.</summary>
    [Given(@"^disposing ""([^""]+)"" throws ""([^""]*)""$")]
    public void DisposeThrows(string name, string message) => driver.Scripted(name).DisposeFailure = message;

    /// <summary>A wait made by the implementation.</summary>
    [Given(@"^a wait ""([^""]+)"" of (-?[0-9.]+) seconds?$")]
    public void Wait(string name, string seconds) => driver.DefineWait(name, GherkinValues.Seconds(seconds));

    /// <summary>A wrapper made by the implementation whose callback returns a value.</summary>
    [Given(@"^a wrapper ""([^""]+)"" that waits ([0-9.]+) seconds? and then calls back with ""([^""]*)""$")]
    public void Wrapper(string name, string seconds, string result) =>
        driver.DefineWrapper(name, GherkinValues.Seconds(seconds), result);

    /// <summary>A wrapper made by the implementation whose callback throws.</summary>
    [Given(@"^a wrapper ""([^""]+)"" that waits ([0-9.]+) seconds? and then calls back with a callback that throws ""([^""]*)""$")]
    public void FailingWrapper(string name, string seconds, string message) =>
        driver.DefineWrapper(name, GherkinValues.Seconds(seconds), null, message);

    /// <summary>A ticker task, added first, that moves the clock on each round.</summary>
    [Given(@"^a ticker that moves the clock ([0-9.]+) seconds? each round, for (\d+) rounds$")]
    public void Ticker(string seconds, int rounds) => driver.AddTicker(GherkinValues.Seconds(seconds), rounds);

    private static ScriptedStep Yield(Future future) => new([], new StepOutcome.Yield(future));

    private ScriptedStep ScriptRow(string self, DataTableRow row)
    {
        var actions = GherkinValues.Cell(row, "action")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(action => Action(self, action))
            .ToList();
        var status = GherkinValues.Cell(row, "status").Trim();
        StepOutcome outcome = status switch
        {
            "ends" => new StepOutcome.Exhaust(),
            _ when status.StartsWith("throws", StringComparison.Ordinal) => new StepOutcome.Fail(GherkinValues.Names(status) is [var message, ..] ? message : "scripted failure"),
            _ => new StepOutcome.Yield(new Future
            {
                Status = GherkinValues.Status(status),
                Result = GherkinValues.Result(GherkinValues.Cell(row, "result")),
                Kill = GherkinValues.Mark(GherkinValues.Cell(row, "kill")),
                Paused = GherkinValues.Mark(GherkinValues.Cell(row, "paused")),
            }),
        };
        return new ScriptedStep(actions, outcome);
    }

    private Action Action(string self, string text)
    {
        var match = ActionPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a script action; use add \"X\", kill \"X\", look up \"X\" or run the loop.");
        }

        var target = match.Groups["name"].Value;
        return match.Groups["verb"].Value switch
        {
            "add" => driver.AddAction(target),
            "kill" => driver.KillAction(target),
            "look up" => driver.LookupAction(self, target),
            _ => driver.RunAction(),
        };
    }

    [GeneratedRegex(@"^(?:(?<verb>add|kill|look up) ""(?<name>[^""]+)""|(?<verb>run the loop))$")]
    private static partial Regex ActionPattern();
}
