namespace Looper.Conformance.Drivers;

/// <summary>
/// Keep what one scenario saw of the implementation: futures yielded when stepped by hand, lookups made from inside tasks, kept snapshots, callbacks and the threads runs happened on.
/// </summary>
internal sealed class ScenarioObservations
{
    private readonly Dictionary<string, List<Future>> _yields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _lookups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Future?> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _callbacks = new(StringComparer.Ordinal);
    private readonly List<int> _runThreads = [];

    /// <summary>Gets the futures the named coroutine yielded when stepped by hand.</summary>
    /// <param name="name">The coroutine.</param>
    /// <returns>The futures, in order.</returns>
    public List<Future> YieldsOf(string name) => GetOrAdd(_yields, name);

    /// <summary>Gets what <paramref name="viewer"/> saw each time it looked up <paramref name="name"/>.</summary>
    /// <param name="viewer">The coroutine that looked.</param>
    /// <param name="name">The coroutine looked up.</param>
    /// <returns>The descriptions, in order.</returns>
    public List<string> LookupsOf(string viewer, string name) => GetOrAdd(_lookups, $"{viewer}->{name}");

    /// <summary>Keep a snapshot under a label.</summary>
    /// <param name="label">The label.</param>
    /// <param name="future">The snapshot.</param>
    public void Keep(string label, Future? future) => _kept[label] = future;

    /// <summary>Gets a kept snapshot.</summary>
    /// <param name="label">The label it was kept under.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidOperationException">Nothing was kept under the label.</exception>
    public Future? Kept(string label) => _kept.TryGetValue(label, out var future)
        ? future
        : throw new InvalidOperationException($"No task was kept as \"{label}\"; check the scenario.");

    /// <summary>Start counting the callbacks of a wrapper.</summary>
    /// <param name="wrapper">The wrapper.</param>
    public void TrackCallbacks(string wrapper) => _callbacks[wrapper] = 0;

    /// <summary>Count one callback of a wrapper.</summary>
    /// <param name="wrapper">The wrapper.</param>
    public void CountCallback(string wrapper) => _callbacks[wrapper]++;

    /// <summary>Gets how many times the named wrapper's callback ran.</summary>
    /// <param name="wrapper">The wrapper.</param>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The name is not a wrapper's.</exception>
    public int CallbacksOf(string wrapper) => _callbacks.TryGetValue(wrapper, out var count)
        ? count
        : throw new InvalidOperationException($"\"{wrapper}\" is not a wrapper.");

    /// <summary>Record the thread a run happened on.</summary>
    /// <param name="thread">The managed thread ID.</param>
    public void AddRunThread(int thread)
    {
        lock (_runThreads)
        {
            _runThreads.Add(thread);
        }
    }

    /// <summary>Gets the threads runs happened on.</summary>
    public IReadOnlyList<int> RunThreads
    {
        get
        {
            lock (_runThreads)
            {
                return [.. _runThreads];
            }
        }
    }

    private static List<TValue> GetOrAdd<TValue>(Dictionary<string, List<TValue>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
