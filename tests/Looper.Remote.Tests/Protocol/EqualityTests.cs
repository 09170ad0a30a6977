using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>Coroutines that are equal but not the same stay equal across the boundary (PROTO-21), so a looper keyed by equality fails LOOKUP-1 remotely exactly as in process.</summary>
[TestFixture]
public sealed class EqualityTests
{
    [Test]
    public void Equal_judge_coroutines_are_equal_proxies_and_others_are_not()
    {
        using var pair = ConnectionPair.Start(() => new EqualityKeyedImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);
        var looper = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
        var added = new Keyed("A");

        looper.AddTask(added);

        looper.GetTask(new Keyed("A")).ShouldNotBeNull("an equal coroutine should match in a looper keyed by equality");
        looper.GetTask(new Keyed("B")).ShouldBeNull();
        looper.GetTask(Coroutines.Returning(null)).ShouldBeNull();
    }

    private sealed class Keyed(string key) : IEnumerator<Future>
    {
        public Future Current => default;

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => false;

        public void Reset()
        {
        }

        public void Dispose()
        {
        }

        public override bool Equals(object? obj) => obj is Keyed other && other.Key == Key;

        public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

        private string Key => key;
    }

    /// <summary>A looper that (wrongly, per LOOKUP-1) indexes tasks by equality.</summary>
    private sealed class EqualityKeyedImplementation : ILooperImplementation
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new EqualityKeyedLooper();

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotSupportedException();

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) => throw new NotSupportedException();
    }

    private sealed class EqualityKeyedLooper : ILooper
    {
        private readonly HashSet<IEnumerator<Future>> _tasks = [];

        public void AddTask(IEnumerator<Future> coroutine) => _tasks.Add(coroutine);

        public Future? GetTask(IEnumerator<Future> coroutine) => _tasks.Contains(coroutine) ? Future.Pending : null;

        public void KillTask(IEnumerator<Future> coroutine) => _tasks.Remove(coroutine);

        public void RunUntilComplete()
        {
        }
    }
}
