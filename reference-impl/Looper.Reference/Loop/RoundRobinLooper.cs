using Microsoft.Extensions.Logging;

namespace Looper.Reference.Loop;

/// <summary>
/// Step every actionable task once per round, in the order added, until none can act.
/// </summary>
/// <remarks>
/// <para>Four structures, each with one job:</para>
/// <list type="bullet">
/// <item><description><c>_tasks</c> finds a task by its coroutine's identity in constant time (spec LOOKUP-1),
/// whether it is queued, running, finished or marked to be killed.</description></item>
/// <item><description><c>_runnable</c> holds, in the order added, only tasks that may still act; a task that
/// finishes, fails or pauses leaves it during the round in which it stopped, because nothing resumes it.</description></item>
/// <item><description><c>_queued</c> holds tasks added since the last admission (spec ADD-1).</description></item>
/// <item><description><c>_killMarked</c> holds tasks to remove at the next cull (spec KILL-3).</description></item>
/// </list>
/// <para>A round steps the run list in place and allocates nothing; only adding a task allocates.</para>
/// </remarks>
internal sealed class RoundRobinLooper(ILogger logger) : ILooper
{
    private static readonly Predicate<LoopTask> IsKillMarked = task => task.Record.Kill;

    private readonly Dictionary<IEnumerator<Future>, LoopTask> _tasks = new(ReferenceEqualityComparer.Instance);
    private readonly List<LoopTask> _runnable = [];
    private readonly List<LoopTask> _queued = [];
    private readonly List<LoopTask> _killMarked = [];
    private bool _running;

    public void AddTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        var task = new LoopTask(coroutine);
        if (!_tasks.TryAdd(coroutine, task))
        {
            throw new InvalidOperationException(
                "A task already holds this coroutine; add it again only after its task was killed and culled (spec ADD-6).");
        }

        _queued.Add(task);
    }

    public Future? GetTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        return _tasks.TryGetValue(coroutine, out var task) ? task.Record : null;
    }

    public void KillTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        if (_tasks.TryGetValue(coroutine, out var task) && !task.Record.Kill)
        {
            LooperLog.MarkingToKill(logger, task.Record);
            task.Record = task.Record with { Kill = true };
            _killMarked.Add(task);
        }
    }

    public void RunUntilComplete()
    {
        if (_running)
        {
            throw new InvalidOperationException("The loop is already running; a task cannot run it again (spec LOOP-8).");
        }

        _running = true;
        try
        {
            CullAndAdmit();
            LooperLog.LoopStarted(logger, _runnable.Count);
            while (_runnable.Count > 0)
            {
                RunRound();
                CullAndAdmit();
            }
        }
        finally
        {
            _running = false;
        }

        LooperLog.LoopFinished(logger);
    }

    private void RunRound()
    {
        // Adds during the round go to _queued, so the run list keeps its length while it is walked (spec ADD-1).
        var kept = 0;
        for (var i = 0; i < _runnable.Count; i++)
        {
            var task = _runnable[i];
            if (task.IsActionable)
            {
                Step(task);
            }

            if (task.IsActionable)
            {
                _runnable[kept++] = task;
            }
        }

        _runnable.RemoveRange(kept, _runnable.Count - kept);
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
            LooperLog.TaskFailed(logger, exception.Message, exception); // spec FAIL-1, LOG-3
            next = Future.Failed(exception);
        }

        // A kill mark set while the task was being stepped outlives the step (spec KILL-2).
        if (task.Record.Kill)
        {
            task.Record = next with { Kill = true };
            return;
        }

        task.Record = next;
        if (next.Kill)
        {
            _killMarked.Add(task); // spec KILL-7
        }
    }

    private void CullAndAdmit()
    {
        if (_killMarked.Count > 0)
        {
            Cull();
        }

        foreach (var task in _queued)
        {
            _runnable.Add(task); // queued tasks are pending and unpaused, so actionable (spec ADD-2, ADD-3)
        }

        _queued.Clear();
    }

    private void Cull()
    {
        foreach (var task in _killMarked)
        {
            LooperLog.KillingTask(logger, task.Record);
            _tasks.Remove(task.Coroutine);
            Release(task.Coroutine);
        }

        _killMarked.Clear();
        _runnable.RemoveAll(IsKillMarked);
        _queued.RemoveAll(IsKillMarked); // spec KILL-5
    }

    private void Release(IEnumerator<Future> coroutine)
    {
        try
        {
            coroutine.Dispose(); // spec KILL-4
        }
        catch (Exception exception)
        {
            LooperLog.DisposeFailed(logger, exception.Message, exception);
        }
    }
}
