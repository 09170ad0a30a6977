using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>Handles carry object identity both ways, so lookup by reference (LOOKUP-1) and the exception as result (FAIL-1) survive the boundary.</summary>
[TestFixture]
public sealed class HandleIdentityTests
{
    private ConnectionPair _pair = null!;
    private RemoteIdleSleepingLooperImplementation _implementation = null!;
    private ILooper _looper = null!;

    [SetUp]
    public void Connect()
    {
        _pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        _implementation = new RemoteIdleSleepingLooperImplementation(_pair.Judge);
        _looper = _implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
    }

    [TearDown]
    public void Disconnect()
    {
        _implementation.Dispose();
        _pair.Dispose();
    }

    [Test]
    public void A_judge_coroutine_is_found_again_by_the_same_object_and_not_by_another()
    {
        var added = Coroutines.Returning("a");
        var other = Coroutines.Returning("a");

        _looper.AddTask(added);

        _looper.GetTask(added).ShouldBe(Future.Pending);
        _looper.GetTask(other).ShouldBeNull();
    }

    [Test]
    public void The_exception_a_judge_coroutine_throws_comes_back_as_the_very_same_object()
    {
        var thrown = new JudgeOnlyException("scripted failure");
        var coroutine = Coroutines.Throwing(thrown);
        _looper.AddTask(coroutine);

        _looper.RunUntilComplete();

        var task = _looper.GetTask(coroutine).ShouldNotBeNull();
        task.Status.ShouldBe(FutureStatus.Failed);
        task.Result.ShouldBeSameAs(thrown);
    }

    [Test]
    public void A_judge_object_returned_by_a_callback_comes_back_as_itself()
    {
        var greeting = new object();
        var wrapper = _implementation.CreateWaitWrapper(() => greeting, TimeSpan.Zero, _looper, new FakeTimeProvider(), NullLogger.Instance);
        _looper.AddTask(wrapper);

        _looper.RunUntilComplete();

        _looper.GetTask(wrapper).ShouldNotBeNull().Result.ShouldBeSameAs(greeting);
    }

    [Test]
    public void A_host_object_crossing_twice_is_one_proxy_here_and_one_object_there()
    {
        var wait = _implementation.CreateWait(TimeSpan.Zero, new FakeTimeProvider(), NullLogger.Instance);
        var another = _implementation.CreateWait(TimeSpan.Zero, new FakeTimeProvider(), NullLogger.Instance);

        _looper.AddTask(wait);
        _looper.RunUntilComplete();

        wait.ShouldNotBeSameAs(another);
        _looper.GetTask(wait).ShouldNotBeNull().Status.ShouldBe(FutureStatus.Finished);
        _looper.GetTask(another).ShouldBeNull();
    }

    private sealed class JudgeOnlyException(string message) : Exception(message);
}
