using Looper.Protocol.Peering;
using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>
/// Who reads the channel: a thread waiting for its answer reads it itself when nobody else is reading, sessions side by side still
/// get their own frames, and a frame nobody waits for (the end of the channel) is read all the same.
/// </summary>
[TestFixture]
public sealed class ReadTurnTests
{
    /// <summary>Only a guard against a hang of the code under test: every test here ends within a second when it passes.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Test]
    public void In_a_long_conversation_each_side_reads_most_frames_on_the_thread_that_waits_for_them()
    {
        const int Steps = 2_000;
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);
        var looper = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
        var task = Coroutines.PendingFor(Steps, "done");
        looper.AddTask(task);
        var judgeBefore = (pair.Judge.FramesRead, pair.Judge.FramesHandedOver);
        var hostBefore = (pair.Host!.FramesRead, pair.Host.FramesHandedOver);

        looper.RunUntilComplete();

        looper.GetTask(task).ShouldNotBeNull().Result.ShouldBe("done");
        var judgeRead = pair.Judge.FramesRead - judgeBefore.FramesRead;
        var hostRead = pair.Host.FramesRead - hostBefore.FramesRead;
        judgeRead.ShouldBeGreaterThan(Steps, "every step of the task is a request of the host's looper to the judge");
        hostRead.ShouldBeGreaterThan(Steps, "every step of the task is an answer of the judge to the host's looper");

        // Before the waiting thread read for itself, every frame passed from a reader thread to it: as many as were read.
        (pair.Judge.FramesHandedOver - judgeBefore.FramesHandedOver).ShouldBeLessThan(judgeRead / 2, "the judge's waiting thread should read its own frames");
        (pair.Host.FramesHandedOver - hostBefore.FramesHandedOver).ShouldBeLessThan(hostRead / 2, "the host's waiting thread should read its own frames");
    }

    [Test]
    public async Task Sessions_side_by_side_over_one_connection_each_get_their_own_answers()
    {
        const int Sessions = 6;
        const int Steps = 300;
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());

        var runs = Enumerable.Range(0, Sessions).Select(session => Task.Run(() =>
        {
            using var implementation = new RemoteLooperImplementation(pair.Judge);
            var looper = implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance);
            var tasks = Enumerable.Range(0, 3).Select(index => Coroutines.PendingFor(Steps + index, $"session {session} task {index}")).ToList();
            tasks.ForEach(looper.AddTask);
            looper.RunUntilComplete();
            return tasks.Select(task => looper.GetTask(task)?.Result).ToList();
        })).ToList();
        var results = await Task.WhenAll(runs).WaitAsync(Guard);

        results.Select((result, session) => string.Join(", ", result))
            .ShouldBe(Enumerable.Range(0, Sessions).Select(session => $"session {session} task 0, session {session} task 1, session {session} task 2"));
        pair.Judge.FramesHandedOver.ShouldBeGreaterThan(0, "with several sessions waiting at once, some frames should have been read by another session's thread");
    }

    [Test]
    public async Task The_host_notices_the_judge_went_away_while_no_call_was_waiting()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        var broken = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        pair.Host!.Broken = failure => broken.TrySetResult(failure.Message);
        pair.Judge.SayHello().ShouldBe("Test");

        pair.CutJudge();

        (await broken.Task.WaitAsync(Guard)).ShouldContain("the other side closed the channel");
    }
}
