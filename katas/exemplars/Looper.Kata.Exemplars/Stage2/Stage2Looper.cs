using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage2;

/// <summary>
/// Run tasks in rounds until none can act: the loop of stage 2. Tasks added during a round wait for the next one; a kill only marks.
/// </summary>
/// <param name="logger">Where the loop writes its log lines (spec LOG).</param>
public sealed class Stage2Looper(ILogger logger) : ILooper
{
    private readonly List<LoopTask> _loop = [];
    private readonly Dictionary<IEnumerator<Future>, LoopTask> _tasks = new(ReferenceEqualityComparer.Instance);
    private bool _running;

    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine)
    {
        var task = new LoopTask(coroutine);
        _tasks[coroutine] = task;
        _loop.Add(task); // a round walks a copy of the list, so this task waits for the next round
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
            while (_loop.Exists(task => task.IsActionable))
            {
                foreach (var task in _loop.ToArray())
                {
                    if (task.IsActionable) // checked when its turn comes: an earlier step may have killed it (spec LOOP-2)
                    {
                        Step(task);
                    }
                }
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
}
