using System.Text;
using Looper.Protocol.Wire;
using Looper.Reference;
using Looper.Remote.Tests.Submissions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>A host that dies or talks nonsense gives the judge a clear error, never a hang or a made-up answer (spec/protocol.md section 8).</summary>
[TestFixture]
public sealed class ChannelFailureTests
{
    [Test]
    public void Garbage_instead_of_a_frame_breaks_the_channel_quoting_it()
    {
        using var pair = ConnectionPair.Raw();
        Send(pair, "passed: 152 of 152\n");

        var failure = Should.Throw<ChannelBrokenException>(pair.Judge.SayHello);

        failure.Message.ShouldContain("not JSON");
        failure.Message.ShouldContain("'passed: 152 of 152'");
        Should.Throw<ChannelBrokenException>(() => pair.Judge.OpenSession()).ShouldBeSameAs(failure);
    }

    [Test]
    public void An_answer_to_another_request_breaks_the_channel()
    {
        using var pair = ConnectionPair.Raw();
        Send(pair, "{\"s\":0,\"r\":99,\"v\":\"forged\"}\n");

        Should.Throw<ChannelBrokenException>(pair.Judge.SayHello).Message.ShouldContain("waited for the answer to request 1 but got one to request 99");
    }

    [Test]
    public void A_handle_the_judge_never_gave_out_breaks_the_channel()
    {
        using var pair = ConnectionPair.Raw();
        Send(pair, "{\"s\":0,\"r\":1,\"v\":{\"ref\":7,\"owner\":\"judge\"}}\n");

        Should.Throw<ChannelBrokenException>(pair.Judge.SayHello).Message.ShouldContain("handle 7 of the judge was never given out");
    }

    [Test]
    public void A_line_longer_than_the_limit_breaks_the_channel_without_reading_it_all()
    {
        using var pair = ConnectionPair.Raw();
        var writer = new Thread(() =>
        {
            try
            {
                Send(pair, new string('x', FrameReader.MaxLineBytes + 10));
            }
            catch (IOException)
            {
                // The judge stopped reading: that is the point.
            }
        }) { IsBackground = true };
        writer.Start();

        Should.Throw<ChannelBrokenException>(pair.Judge.SayHello).Message.ShouldContain($"longer than {FrameReader.MaxLineBytes} bytes");
    }

    [Test]
    public void A_host_that_dies_during_a_run_fails_the_pending_call()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);
        var looper = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
        looper.AddTask(Coroutines.Doing(() =>
        {
            pair.CutHost();
            return null;
        }));

        var failure = Should.Throw<ChannelBrokenException>(looper.RunUntilComplete);

        failure.Message.ShouldContain("the other side closed the channel");
        Should.Throw<ChannelBrokenException>(() => looper.GetTask(Coroutines.Returning(null)));
    }

    [Test]
    public void A_host_process_that_exits_mid_run_is_reported_with_its_exit_code()
    {
        using var host = Hosts.StartSubmission(typeof(ExitingImplementation));
        using var implementation = new RemoteLooperImplementation(host.Connection);
        var looper = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);

        var failure = Should.Throw<ChannelBrokenException>(looper.RunUntilComplete);

        failure.Message.ShouldContain($"The host exited with code {ExitingImplementation.ExitCode}");
    }

    [Test]
    public void A_host_that_cannot_load_the_submission_says_why_before_any_scenario()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-submission-{Guid.NewGuid():N}.dll");

        var failure = Should.Throw<ChannelBrokenException>(() => HostProcess.Start(Hosts.HostAssembly, missing));

        failure.Message.ShouldContain("The host exited with code 3");
        failure.Message.ShouldContain($"{missing} does not exist");
    }

    private static void Send(ConnectionPair pair, string text)
    {
        pair.HostOutput.Write(Encoding.UTF8.GetBytes(text));
        pair.HostOutput.Flush();
    }
}
