using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage3;

/// <summary>
/// Run tasks in rounds until none can act, admitting tasks added meanwhile between rounds: the looper of stage 3.
/// </summary>
/// <param name="logger">Where the loop writes its log lines (spec LOG).</param>
public sealed class Stage3Looper(ILogger logger) : ILooper
{
    private readonly List<LoopTask> _loop = [];
    private readonly List<LoopTask> _queue = [];
    private readonly Dictionary<IEnumerator<Future>, LoopTask> _tasks = new(ReferenceEqualityComparer.Instance);
    private bool _running;

    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine)
    {
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
        return _tasks.TryGetValue(coroutine, out var task) ? task.Record : null;
    }

    /// <inheritdoc />
    public void KillTask(IEnumerator<Future> coroutine)
    {
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

    private static void Step(LoopTask task)
    {
        Future next;
        try
        {
            // Stage 6 handles a coroutine that ends while its task can still act (spec FAIL-2).
            task.Coroutine.MoveNext();
            next = task.Coroutine.Current;
        }
        catch (Exception exception)
        {
            // Only this task fails; stage 6 also logs it (spec FAIL-1, LOG-3).
            next = Future.Failed(exception);
        }

        task.Record = next;
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
        // Stage 4 also disposes the coroutine (spec KILL-4).
    }
}
