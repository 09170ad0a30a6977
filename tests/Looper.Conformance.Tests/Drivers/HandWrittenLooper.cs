using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>
/// A small looper as a learner might write it, with one mistake chosen by each subclass: the base for the broken implementations below.
/// </summary>
public abstract class HandWrittenLooper : ILooper
{
    private static bool _released;
    private readonly List<IEnumerator<Future>> _coroutines = [];
    private readonly Dictionary<IEnumerator<Future>, Future> _records = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets or sets a value indicating whether the loops that never end should end after all, so that abandoned threads of a test run stop spinning.</summary>
    public static bool Released
    {
        get => Volatile.Read(ref _released);
        set => Volatile.Write(ref _released, value);
    }

    protected IReadOnlyList<IEnumerator<Future>> Coroutines => _coroutines;

    protected Dictionary<IEnumerator<Future>, Future> Records => _records;

    public void AddTask(IEnumerator<Future> coroutine)
    {
        _coroutines.Add(coroutine);
        _records[coroutine] = Future.Pending;
    }

    public virtual Future? GetTask(IEnumerator<Future> coroutine) => _records.TryGetValue(coroutine, out var record) ? record : null;

    public void KillTask(IEnumerator<Future> coroutine)
    {
        if (_records.TryGetValue(coroutine, out var record))
        {
            _records[coroutine] = record with { Kill = true };
        }
    }

    public abstract void RunUntilComplete();

    protected static bool IsActionable(Future record) =>
        record.Status is FutureStatus.Pending or FutureStatus.InProgress && !record.Paused && !record.Kill;

    protected void Step(IEnumerator<Future> coroutine) =>
        _records[coroutine] = coroutine.MoveNext() ? coroutine.Current : Future.Failed();
}

/// <summary>Make implementations out of a <see cref="HandWrittenLooper"/>, with the reference's wait and wrapper.</summary>
/// <typeparam name="TLooper">The looper.</typeparam>
public abstract class HandWrittenImplementation<TLooper> : ILooperImplementation
    where TLooper : ILooper, new()
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new TLooper();

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
