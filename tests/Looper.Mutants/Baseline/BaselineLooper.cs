using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Baseline;

/// <summary>
/// Step every actionable task once per round, in the order added, until none can act: the reference looper, split into overridable parts.
/// </summary>
/// <remarks>
/// The code is the reference's, unchanged in behaviour; each method is virtual so that a mutant can replace exactly
/// one of them with a copy that carries one bug. The four structures keep the reference's jobs: <see cref="Tasks"/>
/// finds a task by its coroutine, <see cref="Runnable"/> holds the tasks that may still act in the order added,
/// <see cref="Queued"/> holds tasks added since the last admission, <see cref="KillMarked"/> holds tasks to cull.
/// </remarks>
internal class BaselineLooper : ILooper
{
    private static readonly Predicate<BaselineTask> IsKillMarked = task => task.Record.Kill;

    /// <param name="logger">Where the log lines go.</param>
    /// <param name="identity">How coroutines are compared to find their task; the reference compares references.</param>
    public BaselineLooper(ILogger logger, IEqualityComparer<IEnumerator<Future>>? identity = null)
    {
        Logger = logger;
        Tasks = new Dictionary<IEnumerator<Future>, BaselineTask>(identity ?? ReferenceEqualityComparer.Instance);
    }

    protected ILogger Logger { get; }

    protected Dictionary<IEnumerator<Future>, BaselineTask> Tasks { get; }

    protected List<BaselineTask> Runnable { get; } = [];

    protected List<BaselineTask> Queued { get; } = [];

    protected List<BaselineTask> KillMarked { get; } = [];

    protected bool Running { get; set; }

    public virtual void AddTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        var task = new BaselineTask(coroutine);
        if (!Tasks.TryAdd(coroutine, task))
        {
            throw new InvalidOperationException("A task already holds this coroutine.");
        }

        Queued.Add(task);
    }

    public virtual Future? GetTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        return Tasks.TryGetValue(coroutine, out var task) ? task.Record : null;
    }

    public virtual void KillTask(IEnumerator<Future> coroutine)
    {
        ArgumentNullException.ThrowIfNull(coroutine);
        if (Tasks.TryGetValue(coroutine, out var task) && !task.Record.Kill)
        {
            BaselineLog.MarkingToKill(Logger, task.Record);
            task.Record = task.Record with { Kill = true };
            KillMarked.Add(task);
        }
    }

    public virtual void RunUntilComplete()
    {
        if (Running)
        {
            throw new InvalidOperationException("The loop is already running.");
        }

        Running = true;
        try
        {
            CullAndAdmit();
            BaselineLog.LoopStarted(Logger, Runnable.Count);
            while (Runnable.Count > 0)
            {
                RunRound();
                CullAndAdmit();
            }
        }
        finally
        {
            Running = false;
        }

        BaselineLog.LoopFinished(Logger);
    }

    /// <summary>Tell whether the loop steps this task when its turn comes (spec FUT-3).</summary>
    protected virtual bool IsActionable(BaselineTask task) =>
        task.Record.Status is FutureStatus.Pending or FutureStatus.InProgress && !task.Record.Paused && !task.Record.Kill;

    protected virtual void RunRound()
    {
        var kept = 0;
        for (var i = 0; i < Runnable.Count; i++)
        {
            var task = Runnable[i];
            if (IsActionable(task))
            {
                Step(task);
            }

            if (IsActionable(task))
            {
                Runnable[kept++] = task;
            }
        }

        Runnable.RemoveRange(kept, Runnable.Count - kept);
    }

    protected virtual void Step(BaselineTask task)
    {
        var next = Advance(task);

        if (task.Record.Kill)
        {
            task.Record = next with { Kill = true };
            return;
        }

        task.Record = next;
        if (next.Kill)
        {
            KillMarked.Add(task);
        }
    }

    /// <summary>Step the task's coroutine once and return the future that becomes its record (spec FAIL-1, FAIL-2).</summary>
    protected virtual Future Advance(BaselineTask task)
    {
        try
        {
            return task.Coroutine.MoveNext() ? task.Coroutine.Current : Future.Failed();
        }
        catch (Exception exception)
        {
            BaselineLog.TaskFailed(Logger, exception.Message, exception);
            return Future.Failed(exception);
        }
    }

    protected virtual void CullAndAdmit()
    {
        if (KillMarked.Count > 0)
        {
            Cull();
        }

        Admit();
    }

    protected virtual void Admit()
    {
        foreach (var task in Queued)
        {
            Runnable.Add(task);
        }

        Queued.Clear();
    }

    protected virtual void Cull()
    {
        foreach (var task in KillMarked)
        {
            BaselineLog.KillingTask(Logger, task.Record);
            Tasks.Remove(task.Coroutine);
            Release(task.Coroutine);
        }

        KillMarked.Clear();
        Runnable.RemoveAll(IsKillMarked);
        Queued.RemoveAll(IsKillMarked);
    }

    protected virtual void Release(IEnumerator<Future> coroutine)
    {
        try
        {
            coroutine.Dispose();
        }
        catch (Exception exception)
        {
            BaselineLog.DisposeFailed(Logger, exception.Message, exception);
        }
    }
}
