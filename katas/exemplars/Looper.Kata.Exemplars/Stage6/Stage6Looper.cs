using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage6;

/// <summary>
/// Run tasks in rounds, admit new tasks between rounds, cull killed tasks, and contain every failure: the complete looper.
/// </summary>
/// <param name="logger">Where the loop writes its log lines (spec LOG).</param>
public sealed class Stage6Looper(ILogger logger) : ILooper
{
    private readonly List<LoopTask> _loop = [];
    private readonly List<LoopTask> _queue = [];
    private readonly Dictionary<IEnumerator<Future>, LoopTask> _tasks = new(ReferenceEqualityComparer.Instance);
    private bool _running;

    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        if (_tasks.ContainsKey(coroutine))
        {
            throw new InvalidOperationException("A task already holds this coroutine; it can be added again once that task has been killed and culled (spec ADD-6).");
        }

        var task = new LoopTask(coroutine);
        _tasks.Add(coroutine, task);
        _queue.Add(task); // joins the loop between rounds (spec ADD-1, ADD-2)
    }

    /// <inheritdoc />
    public Future? GetTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        return _tasks.TryGetValue(coroutine, out var task) ? task.Record : null;
    }

    /// <inheritdoc />
    public void KillTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        if (_tasks.TryGetValue(coroutine, out var task) && !task.Record.Kill)
        {
            task.Record = task.Record with { Kill = true };
        }
    }

    /// <inheritdoc />
    public void RunUntilComplete()
    {
        if (_running)
        {
            throw new InvalidOperationException("The loop is already running: a task cannot run it again (spec LOOP-8).");
        }

        _running = true;
        try
        {
            CullAndAdmit();
            while (_loop.Exists(task => task.IsActionable))
            {
                // Adds go to the queue, so the list does not change while the round walks it (spec ADD-1).
                foreach (var task in _loop)
                {
                    if (task.IsActionable) // checked when its turn comes: an earlier step may have killed it (spec LOOP-2)
                    {
                        Step(task);
                    }
                }

                CullAndAdmit();
            }
        }
        finally
        {
            _running = false;
        }

        logger.LogInformation("Loop finished");
    }

    private void Step(LoopTask task)
    {
        Future next;
        try
        {
            next = task.Coroutine.MoveNext() ? task.Coroutine.Current : Future.Failed(); // spec FAIL-2
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A task failed: {Reason}", exception.Message); // spec LOG-3
            next = Future.Failed(exception);
        }

        // A kill mark set before or during the step survives the new record (spec KILL-2).
        task.Record = task.Record.Kill ? next with { Kill = true } : next;
    }

    private void CullAndAdmit()
    {
        Cull(_loop);
        Cull(_queue); // a task killed while still queued is never stepped (spec KILL-5)
        _loop.AddRange(_queue); // after the older tasks, in the order added (spec ADD-3)
        _queue.Clear();
    }

    private void Cull(List<LoopTask> tasks)
    {
        for (var i = tasks.Count - 1; i >= 0; i--)
        {
            if (tasks[i].Record.Kill)
            {
                Release(tasks[i]);
                tasks.RemoveAt(i);
            }
        }
    }

    private void Release(LoopTask task)
    {
        _tasks.Remove(task.Coroutine);
        try
        {
            task.Coroutine.Dispose(); // runs the iterator's finally blocks (spec KILL-4)
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Disposing a culled coroutine failed");
        }
    }
}
