using Looper.Remote.Tests.Submissions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Output;

/// <summary>The host buffers the learner's output and empties the buffer before every answer; the judge drains it whole, counts it, and keeps a capped take.</summary>
[TestFixture]
public sealed class HostOutputTests
{
    [Test]
    public void Output_written_before_an_answer_is_in_that_answers_take_though_it_was_never_flushed()
    {
        using var host = Hosts.StartSubmission(typeof(FloodingImplementation));
        using var implementation = new RemoteLooperImplementation(host.Connection);
        _ = host.TakeOutput();

        _ = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);

        host.TakeOutput().Text.ShouldContain(FloodingImplementation.LooperWord);
    }

    [Test]
    public void A_flood_is_drained_whole_and_counted_while_its_take_stays_capped()
    {
        using var host = Hosts.StartSubmission(typeof(FloodingImplementation));
        using var implementation = new RemoteLooperImplementation(host.Connection);
        _ = host.TakeOutput();
        var before = host.OutputBytes;

        _ = implementation.CreateWait(TimeSpan.FromSeconds(1), new FakeTimeProvider(), NullLogger.Instance);

        var (text, truncated) = host.TakeOutput();
        Assert.Multiple(() =>
        {
            truncated.ShouldBeTrue();
            text.Length.ShouldBeLessThanOrEqualTo(64_000);
            (host.OutputBytes - before).ShouldBeGreaterThanOrEqualTo(FloodingImplementation.FloodBytes);
            host.ErrorTail(TimeSpan.Zero).ShouldEndWith(FloodingImplementation.LastWord);
            host.Connection.Failure.ShouldBeNull();
        });
    }
}
