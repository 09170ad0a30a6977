namespace Looper.Benchmarks.Baselines;

/// <summary>
/// Port the notebook's second looper to C# as directly as it goes: the baseline that shows what the reference's data layout saves.
/// </summary>
/// <remarks>
/// <para>The notebook's shape is kept: a task is a mutable record object; every step replaces it with a fresh one
/// built from the yielded future; each round rebuilds the list of actionable tasks; the cull rebuilds the loop list;
/// lookup and kill scan the lists.</para>
/// <para>Only the errata that would stop these workloads are fixed: an exhausted coroutine fails its task (E1), the
/// cull really shrinks the loop (E2), a task marked to be killed is not stepped (E4), and adds wait in a queue (E6).</para>
/// </remarks>
internal sealed class NaiveListLooper : ILooper
{
    private List<NaiveTask> _loop = [];
    private List<NaiveTask> _toAdd = [];

    /// <summary>Gets the number of steps taken so far.</summary>
    public long Steps { get; private set; }

    public void AddTask(IEnumerator<Future> coroutine) => _toAdd.Add(new NaiveTask(coroutine, Future.Pending));

    public Future? GetTask(IEnumerator<Future> coroutine)
    {
        var found = _loop.Where(task => ReferenceEquals(task.Coroutine, coroutine)).ToList();
        if (found.Count == 0)
        {
            found = [.. _toAdd.Where(task => ReferenceEquals(task.Coroutine, coroutine))];
        }

        return found.Count > 0 ? found[0].Future : null;
    }

    public void KillTask(IEnumerator<Future> coroutine)
    {
        foreach (var task in _loop.Where(task => ReferenceEquals(task.Coroutine, coroutine)))
        {
            task.Future = task.Future with { Kill = true };
        }
    }

    public void RunUntilComplete()
    {
        _loop.AddRange(_toAdd);
        _toAdd = [];
        var todo = ActionableTasks();
        while (todo.Count > 0)
        {
            for (var index = 0; index < _loop.Count; index++)
            {
                if (_loop[index].IsActionable)
                {
                    UpdateTask(index);
                }
            }

            CullList();
            _loop.AddRange(_toAdd);
            _toAdd = [];
            todo = ActionableTasks();
        }
    }

    private void UpdateTask(int index)
    {
        var coroutine = _loop[index].Coroutine;
        Steps++;
        _loop[index] = coroutine.MoveNext()
            ? new NaiveTask(coroutine, coroutine.Current)
            : new NaiveTask(coroutine, Future.Failed());
    }

    private List<NaiveTask> ActionableTasks() => [.. _loop.Where(task => task.IsActionable)];

    private void CullList()
    {
        foreach (var task in _loop.Where(task => task.Future.Kill).ToList())
        {
            task.Coroutine.Dispose();
        }

        _loop = [.. _loop.Where(task => !task.Future.Kill)];
    }

    /// <summary>The notebook's task: a dictionary of the future's fields plus the coroutine, here a small mutable object.</summary>
    private sealed class NaiveTask(IEnumerator<Future> coroutine, Future future)
    {
        public IEnumerator<Future> Coroutine { get; } = coroutine;

        public Future Future { get; set; } = future;

        public bool IsActionable => Future.Status is FutureStatus.Pending or FutureStatus.InProgress && !Future.Paused && !Future.Kill;
    }
}
