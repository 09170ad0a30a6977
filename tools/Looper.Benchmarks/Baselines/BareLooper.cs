namespace Looper.Benchmarks.Baselines;

/// <summary>
/// Give coroutines that call their looper (wrappers, churn) the least a looper can: the floor for those workloads.
/// </summary>
/// <remarks>
/// One record object per task, an identity dictionary for lookup and kill, a run list compacted in place and a list of
/// tasks added during the round. It skips most of the spec: no exception handling, no logging, a kill disposes at once
/// and drops the task when the loop next reaches it, and a kill set during the task's own step is lost.
/// </remarks>
internal sealed class BareLooper : ILooper
{
    private readonly Dictionary<IEnumerator<Future>, Slot> _index = new(ReferenceEqualityComparer.Instance);
    private readonly List<Slot> _running = [];
    private readonly List<Slot> _added = [];

    /// <summary>Gets the number of steps taken so far.</summary>
    public long Steps { get; private set; }

    public void AddTask(IEnumerator<Future> coroutine)
    {
        var slot = new Slot(coroutine);
        _index.Add(coroutine, slot);
        _added.Add(slot);
    }

    public Future? GetTask(IEnumerator<Future> coroutine) =>
        _index.TryGetValue(coroutine, out var slot) ? slot.Last : null;

    public void KillTask(IEnumerator<Future> coroutine)
    {
        if (_index.Remove(coroutine, out var slot))
        {
            slot.Last = slot.Last with { Kill = true };
            coroutine.Dispose();
        }
    }

    public void RunUntilComplete()
    {
        var steps = 0L;
        Admit();
        while (_running.Count > 0)
        {
            var kept = 0;
            for (var i = 0; i < _running.Count; i++)
            {
                var slot = _running[i];
                if (slot.Last.Kill)
                {
                    continue;
                }

                steps++;
                slot.Last = slot.Coroutine.MoveNext() ? slot.Coroutine.Current : Future.Failed();
                if (slot.IsActionable)
                {
                    _running[kept++] = slot;
                }
            }

            _running.RemoveRange(kept, _running.Count - kept);
            Admit();
        }

        Steps += steps;
    }

    private void Admit()
    {
        _running.AddRange(_added);
        _added.Clear();
    }

    private sealed class Slot(IEnumerator<Future> coroutine)
    {
        public IEnumerator<Future> Coroutine { get; } = coroutine;

        public Future Last { get; set; }

        public bool IsActionable => Last.Status is FutureStatus.Pending or FutureStatus.InProgress && !Last.Paused && !Last.Kill;
    }
}
