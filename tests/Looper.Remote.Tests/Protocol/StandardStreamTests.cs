using Looper.Remote.Tests.Submissions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>Whatever the learner's code writes to or reads from the standard streams, the channel is untouched: the verdict comes from the calls the judge saw.</summary>
[TestFixture]
public sealed class StandardStreamTests
{
    [Test]
    public void Frames_forged_on_standard_output_never_reach_the_judge()
    {
        using var host = Hosts.StartSubmission(typeof(NoisyImplementation));
        using var implementation = new RemoteLooperImplementation(host.Connection);
        var clock = new FakeTimeProvider();
        var looper = implementation.CreateLooper(clock, NullLogger.Instance);
        var wait = implementation.CreateWait(TimeSpan.FromSeconds(5), clock, NullLogger.Instance);
        looper.AddTask(wait);
        looper.AddTask(Ticker(clock));

        looper.RunUntilComplete();

        looper.GetTask(wait).ShouldNotBeNull().Result.ShouldBe(TimeSpan.Zero);
        host.Connection.Failure.ShouldBeNull();
    }

    private static IEnumerator<Future> Ticker(FakeTimeProvider clock)
    {
        for (var second = 0; second < 5; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            yield return Future.InProgress;
        }
    }
}
