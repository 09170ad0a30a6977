using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>A step the host's looper asks for may call back into that looper: calls nest, on the caller's thread.</summary>
[TestFixture]
public sealed class NestedCallTests
{
    [Test]
    public void A_step_that_adds_a_task_and_looks_it_up_runs_inside_the_run_on_its_thread()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);
        var looper = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
        var threads = new List<int>();
        var late = Coroutines.Doing(() =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            return "late";
        });
        Future? seenInside = null;
        var first = Coroutines.Doing(() =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            looper.AddTask(late);
            seenInside = looper.GetTask(late);
            return "first";
        });
        looper.AddTask(first);

        looper.RunUntilComplete();

        seenInside.ShouldBe(Future.Pending);
        looper.GetTask(late).ShouldNotBeNull().Result.ShouldBe("late");
        looper.GetTask(first).ShouldNotBeNull().Result.ShouldBe("first");
        threads.ShouldBe([Environment.CurrentManagedThreadId, Environment.CurrentManagedThreadId]);
    }
}
