using System.Runtime.InteropServices;
using Looper.Reference.Sleep;
using Microsoft.Extensions.Logging;

namespace Looper.Reference.Loop;

/// <summary>
/// Step every actionable task once per round, in the order added, until none can act.
/// </summary>
/// <remarks>
/// <para>Four structures, each with one job:</para>
/// <list type="bullet">
/// <item><description><c>_tasks</c> finds a task by its coroutine's identity in constant time (spec LOOKUP-1, LOOKUP-5),
/// whether it is queued, running, finished or marked to be killed.</description></item>
/// <item><description><c>_runnable</c> holds, in the order added, only tasks that may still act; a task that
/// finishes, fails or pauses leaves it during the round in which it stopped, because nothing resumes it.</description></item>
/// <item><description><c>_queued</c> holds tasks added since the last admission (spec ADD-1).</description></item>
/// <item><description><c>_killMarked</c> holds tasks to remove at the next cull (spec KILL-3).</description></item>
/// </list>
/// <para>A round walks the run list in place and allocates nothing; only adding a task allocates. A step costs about
/// what a bare <c>MoveNext</c> does: the record is stored only when the future changed (see <see cref="LoopTask.Store"/>),
/// and the exception handler sits outside the loop over the tasks (see <see cref="RunRound"/>).</para>
/// <para>Given an <see cref="IdleSleep"/>, the loop may sleep between rounds (spec IDLE-4); without one it busy-polls (spec LOOP-9).</para>
/// </remarks>
internal sealed class RoundRobinLooper(ILogger logger, IdleSleep? idleSleep = null) : ILooper
{
    private static readonly Predicate<LoopTask> IsKillMarked = task => task.Record.Kill;

    private readonly Dictionary<IEnumerator<Future>, LoopTask> _tasks = new(ReferenceEqualityComparer.Instance);
    private readonly List<LoopTask> _killMarked = [];
    private List<LoopTask> _runnable = [];
    private List<LoopTask> _queued = [];
    private bool _running;

    public void AddTask(IEnumerator<Future> coroutine)
    {
        // Stryker disable once Statement : equivalent, the dictionary throws the same ArgumentNullException for a null key before anything changes
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
        // Stryker disable once Statement : equivalent, the dictionary throws the same ArgumentNullException for a null key before anything changes
        ArgumentNullException.ThrowIfNull(coroutine);
        return _tasks.TryGetValue(coroutine, out var task) ? task.Record : null;
    }

    public void KillTask(IEnumerator<Future> coroutine)
    {
        // Stryker disable once Statement : equivalent, the dictionary throws the same ArgumentNullException for a null key before anything changes
        ArgumentNullException.ThrowIfNull(coroutine);
        if (_tasks.TryGetValue(coroutine, out var task) && !task.Record.Kill)
        {
            LooperLog.MarkingToKill(logger, task.Record);
            task.MarkToKill();
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
                idleSleep?.SleepIfIdle(_runnable);
            }
        }
        finally
        {
            _running = false;
        }

        LooperLog.LoopFinished(logger);
    }

    /// <summary>Step every actionable task of the run list once, in order, and drop those that stopped (spec LOOP-2, LOOP-4).</summary>
    /// <remarks>
    /// A step that throws leaves <see cref="StepFrom"/>; the handler fails that task and the round resumes after it
    /// (spec FAIL-1). The handler sits here, outside the loop over the tasks, because a handler around every single
    /// step would cost more than the step itself.
    /// </remarks>
    private void RunRound()
    {
        var next = 0;
        var kept = 0;
        while (next < _runnable.Count)
        {
            try
            {
                StepFrom(ref next, ref kept);
            }
            catch (Exception exception)
            {
                LooperLog.TaskFailed(logger, exception.Message, exception); // spec FAIL-1, LOG-3
                _runnable[next].Store(Future.Failed(exception));
                // Stryker disable once Statement : equivalent, the failed task is no longer actionable, so StepFrom steps over it anyway
                next++;
            }
        }

        _runnable.RemoveRange(kept, _runnable.Count - kept);
    }

    /// <summary>Step the tasks from position <paramref name="next"/> to the end of the run list, moving those still actionable to the front.</summary>
    /// <param name="next">The position of the next task to step; it points at the failed task when a step throws.</param>
    /// <param name="kept">How many tasks at the front of the run list stay for the next round.</param>
    private void StepFrom(ref int next, ref int kept)
    {
        // Adds during the round go to _queued, so the run list keeps its length and array while it is walked (spec ADD-1).
        var tasks = CollectionsMarshal.AsSpan(_runnable);
        for (; next < tasks.Length; next++)
        {
            var task = tasks[next];
            if (!task.IsActionable)
            {
                continue; // marked to be killed earlier in this round (spec KILL-2)
            }

            var coroutine = task.Coroutine;
            var future = coroutine.MoveNext() ? coroutine.Current : Future.Failed(); // spec LOOP-3, FAIL-2
            if (future.Kill && !task.Record.Kill)
            {
                _killMarked.Add(task); // spec KILL-7
            }

            task.Store(future);
            if (task.IsActionable)
            {
                tasks[kept++] = task;
            }
        }
    }

    private void CullAndAdmit()
    {
        // Stryker disable once Equality : equivalent, culling an empty kill list removes nothing (the other equality mutation of this line does not compile)
        if (_killMarked.Count > 0)
        {
            Cull();
        }

        Admit();
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

    /// <summary>Move the queued tasks, pending and unpaused so actionable, to the end of the run list (spec ADD-2, ADD-3).</summary>
    private void Admit()
    {
        // Stryker disable once Block : equivalent, the swap only saves a copy; adding the queue to the empty run list gives the same lists
        if (_runnable.Count == 0)
        {
            // Nothing runs yet: the queue becomes the run list as it is, and the empty run list becomes the queue.
            (_runnable, _queued) = (_queued, _runnable);
            // Stryker disable once Statement : equivalent, after the swap the queue is empty, so adding and clearing it changes nothing
            return;
        }

        _runnable.AddRange(_queued);
        _queued.Clear();
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
