namespace Looper.Benchmarks.Baselines;

/// <summary>
/// Step coroutines round-robin with nothing else: no records, no lookup, no queue; the floor of the step workload.
/// </summary>
/// <remarks>
/// Only <see cref="AddTask"/> and <see cref="RunUntilComplete"/> do anything: the floor measures bare stepping. A
/// coroutine leaves the run list once it stops being actionable.
/// </remarks>
internal sealed class BareRoundRobin : ILooper
{
    private IEnumerator<Future>[] _coroutines = new IEnumerator<Future>[16];
    private int _count;

    /// <summary>Gets how many steps the last run took.</summary>
    public long Steps { get; private set; }

    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine)
    {
        if (_count == _coroutines.Length)
        {
            Array.Resize(ref _coroutines, _count * 2);
        }

        _coroutines[_count++] = coroutine;
    }

    /// <inheritdoc />
    public Future? GetTask(IEnumerator<Future> coroutine) => null;

    /// <inheritdoc />
    public void KillTask(IEnumerator<Future> coroutine)
    {
    }

    /// <inheritdoc />
    public void RunUntilComplete()
    {
        var steps = 0L;
        var live = _count;
        while (live > 0)
        {
            var kept = 0;
            for (var i = 0; i < live; i++)
            {
                var coroutine = _coroutines[i];
                steps++;
                if (coroutine.MoveNext() && IsActionable(coroutine.Current))
                {
                    _coroutines[kept++] = coroutine;
                }
            }

            live = kept;
        }

        _count = 0;
        Steps = steps;
    }

    private static bool IsActionable(Future future) =>
        future.Status is FutureStatus.Pending or FutureStatus.InProgress && !future.Paused && !future.Kill;
}
