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

    [Test]
    public void An_idle_sleeping_loop_that_has_no_reason_to_sleep_allocates_no_more_for_more_steps()
    {
        BytesAllocatedRunning(stepsPerTask: 10, idleSleeping: true);
        var few = BytesAllocatedRunning(stepsPerTask: 10, idleSleeping: true);
        var many = BytesAllocatedRunning(stepsPerTask: 1_000, idleSleeping: true);

        many.ShouldBeLessThanOrEqualTo(few, $"{Tasks} tasks x 1000 steps allocated {many} bytes, {Tasks} x 10 steps {few} bytes: the idle check between rounds allocates.");
    }

    private static long BytesAllocatedRunning(int stepsPerTask, bool idleSleeping = false)
    {
        var implementation = new ReferenceLooperImplementation();
        var looper = idleSleeping
            ? implementation.CreateIdleSleepingLooper(new FakeTimeProvider(), NullLogger.Instance, new RefusingSleeper())
            : implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
        for (var i = 0; i < Tasks; i++)
        {
            looper.AddTask(new CountdownCoroutine(stepsPerTask));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        looper.RunUntilComplete();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A sleeper for loops that must not sleep: these coroutines never yield a wake-up time.</summary>
    private sealed class RefusingSleeper : IIdleSleeper
    {
        public void SleepUntil(DateTimeOffset wakeAt) => throw new InvalidOperationException($"The loop slept until {wakeAt:O}, though no task had a wake-up time.");
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
