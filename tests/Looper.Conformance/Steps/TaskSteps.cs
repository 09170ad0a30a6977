using Looper.Conformance.Drivers;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Check what the looper holds for a coroutine, and what a coroutine stepped by hand yielded.
/// </summary>
[Binding]
internal sealed class TaskSteps(LooperDriver driver)
{
    /// <summary>Check a task's status only.</summary>
    [Then(@"^the task of ""([^""]+)"" is (Pending|InProgress|Finished|Failed)$")]
    public void StatusIs(string name, string status) =>
        driver.Verdict.Equal($"the status of the task of \"{name}\"", Task(name).Status, GherkinValues.Status(status));

    /// <summary>Check a task's fields given as a two-column table; fields left out are not checked.</summary>
    [Then(@"^the task of ""([^""]+)"" is:$")]
    public void Is(string name, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var actual = Task(name);
        driver.Verdict.Equal($"the task of \"{name}\"", actual, GherkinValues.Future(actual, table));
    }

    /// <summary>Check a task finished with a result.</summary>
    [Then(@"^the task of ""([^""]+)"" finished with ""([^""]*)""$")]
    public void FinishedWith(string name, string result) =>
        driver.Verdict.Equal($"the task of \"{name}\"", Task(name), Future.Finished(result));

    /// <summary>Check a task failed with an exception of a given message (spec FAIL-1).</summary>
    [Then(@"^the task of ""([^""]+)"" failed with the exception ""([^""]*)""$")]
    public void FailedWithException(string name, string message)
    {
        var task = Task(name);
        driver.Verdict.Equal($"the task of \"{name}\"", task with { Result = null }, Future.Failed());
        var exception = task.Result as Exception;
        driver.Verdict.Equal($"the exception in the result of the task of \"{name}\"", exception?.Message, message);
    }

    /// <summary>Check a task failed with an exception of a given type (spec LOOP-8).</summary>
    [Then(@"^the task of ""([^""]+)"" failed with an? ([A-Za-z]+Exception)$")]
    public void FailedWithExceptionType(string name, string type)
    {
        var task = Task(name);
        driver.Verdict.Equal($"the task of \"{name}\"", task with { Result = null }, Future.Failed());
        driver.Verdict.Equal($"the type of the exception in the result of the task of \"{name}\"", task.Result?.GetType().Name, type);
    }

    /// <summary>Check the looper holds no task for a coroutine.</summary>
    [Then(@"^there is no task for ""([^""]+)""$")]
    public void NoTask(string name) =>
        driver.Verdict.Equal($"the task of \"{name}\"", LooperDriver.Describe(driver.Lookup(name)), "nothing");

    /// <summary>Check a snapshot kept earlier did not change (spec FUT-4).</summary>
    [Then(@"^the task kept as ""([^""]+)"" is still (Pending|InProgress|Finished|Failed)$")]
    public void KeptIs(string label, string status) =>
        driver.Verdict.Equal($"the snapshot kept as \"{label}\"", driver.Kept(label)?.Status, GherkinValues.Status(status));

    /// <summary>Check what a coroutine stepped by hand yielded, in order.</summary>
    [Then(@"^""([^""]+)"" yielded, in order:$")]
    public void Yielded(string name, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var expected = table.Rows.Select(row => new Future
        {
            Status = GherkinValues.Status(row["status"]),
            Result = GherkinValues.Result(GherkinValues.Cell(row, "result")),
            Kill = GherkinValues.Mark(GherkinValues.Cell(row, "kill")),
            Paused = GherkinValues.Mark(GherkinValues.Cell(row, "paused")),
        });
        driver.Verdict.Sequence(
            $"the futures \"{name}\" yielded",
            [.. driver.YieldsOf(name).Select(future => future.ToString())],
            [.. expected.Select(future => future.ToString())]);
    }

    /// <summary>Step a coroutine by hand once more and check it is exhausted (spec WAIT-6).</summary>
    [Then(@"^stepping ""([^""]+)"" again finds it exhausted$")]
    public void Exhausted(string name) =>
        driver.Verdict.Equal($"MoveNext of \"{name}\" after its last future", driver.Step(name), false);

    /// <summary>Check what one coroutine saw each time it looked another up.</summary>
    [Then(@"^""([^""]+)"" saw the task of ""([^""]+)"" as, in order:$")]
    public void Saw(string viewer, string name, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        driver.Verdict.Sequence(
            $"what \"{viewer}\" saw when it looked up \"{name}\"",
            driver.LookupsOf(viewer, name),
            GherkinValues.Column(table));
    }

    private Future Task(string name)
    {
        var task = driver.Lookup(name);
        if (task is null)
        {
            driver.Verdict.Fail($"the task of \"{name}\"", "should be", "a task", "nothing (ILooper.GetTask found no task for it)");
        }

        return task.GetValueOrDefault();
    }
}
