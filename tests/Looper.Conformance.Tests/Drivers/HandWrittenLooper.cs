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

/// <summary>Loops while tasks remain instead of while one is actionable: once every task has finished it spins without stepping anything.</summary>
public sealed class FrozenLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Count > 0 && !Released)
        {
            foreach (var coroutine in Coroutines.Where(coroutine => IsActionable(Records[coroutine])).ToList())
            {
                Step(coroutine);
            }
        }
    }
}

/// <summary>Steps every task every round, whatever its state, and swallows whatever a step throws: the budget's exception too.</summary>
public sealed class CatchAllLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Count > 0 && !Released)
        {
            foreach (var coroutine in Coroutines)
            {
                try
                {
                    Step(coroutine);
                }
                catch (Exception)
                {
                    // The mistake under test: the task neither fails nor stops.
                }
            }
        }
    }
}

/// <summary>Steps each round's tasks newest first.</summary>
public sealed class ReversedLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Any(coroutine => IsActionable(Records[coroutine])))
        {
            foreach (var coroutine in Coroutines.Reverse().ToList())
            {
                if (IsActionable(Records[coroutine]))
                {
                    Step(coroutine);
                }
            }
        }
    }
}

/// <summary>Looks tasks up with the dictionary's indexer, which throws for a coroutine never added.</summary>
public sealed class IndexerLooper : HandWrittenLooper
{
    public override Future? GetTask(IEnumerator<Future> coroutine) => Records[coroutine];

    public override void RunUntilComplete()
    {
    }
}

public sealed class FrozenLooperImplementation : HandWrittenImplementation<FrozenLooper>;

/// <summary>The same frozen looper under another type, so that its abandoned calls are counted apart.</summary>
public sealed class FrozenAgainLooperImplementation : HandWrittenImplementation<FrozenLooper>;

/// <summary>The same frozen looper under a third type, used to reach the limit of abandoned calls.</summary>
public sealed class FrozenToTheLimitLooperImplementation : HandWrittenImplementation<FrozenLooper>;

public sealed class CatchAllLooperImplementation : HandWrittenImplementation<CatchAllLooper>;

public sealed class ReversedLooperImplementation : HandWrittenImplementation<ReversedLooper>;

public sealed class IndexerLooperImplementation : HandWrittenImplementation<IndexerLooper>;
