using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Reference.Tests.Performance;

/// <summary>Hold the reference to its promise that a round allocates nothing: the number of steps must not change what a run allocates.</summary>
public sealed class AllocationTests
{
    private const int Tasks = 100;

    [Test]
    public void Running_a_hundred_times_more_steps_allocates_no_more()
    {
        BytesAllocatedRunning(stepsPerTask: 10); // warm up: JIT and type loading allocate once
        var few = BytesAllocatedRunning(stepsPerTask: 10);
        var many = BytesAllocatedRunning(stepsPerTask: 1_000);

        many.ShouldBeLessThanOrEqualTo(few, $"{Tasks} tasks x 1000 steps allocated {many} bytes, {Tasks} x 10 steps {few} bytes: something on the step path allocates.");
    }

    private static long BytesAllocatedRunning(int stepsPerTask)
    {
        var looper = new ReferenceLooperImplementation().CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
        for (var i = 0; i < Tasks; i++)
        {
            looper.AddTask(new CountdownCoroutine(stepsPerTask));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        looper.RunUntilComplete();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A coroutine that yields in progress a number of times, then finishes with no result, without allocating.</summary>
    private sealed class CountdownCoroutine(int steps) : IEnumerator<Future>
    {
        private int _left = steps;

        public Future Current { get; private set; }

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_left < 0)
            {
                return false;
            }

            Current = _left-- == 0 ? Future.Finished(null) : Future.InProgress;
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
