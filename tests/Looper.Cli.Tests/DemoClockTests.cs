using Looper.Cli.Demo;

namespace Looper.Cli.Tests;

public sealed class DemoClockTests
{
    [Test]
    public async Task Virtual_clock_passes_time_at_once()
    {
        var clock = new VirtualDemoClock(TimeSpan.FromMilliseconds(250));
        var start = clock.Provider.GetTimestamp();

        await clock.PassAsync(TimeSpan.FromHours(1), CancellationToken.None);

        clock.Provider.GetElapsedTime(start).ShouldBe(TimeSpan.FromHours(1));
    }

    [Test]
    public void Virtual_clock_adds_one_ticker_and_real_clock_adds_none()
    {
        var virtualLooper = new RecordingLooper();
        var realLooper = new RecordingLooper();

        new VirtualDemoClock(TimeSpan.FromMilliseconds(250)).KeepTimeMoving(virtualLooper, TimeSpan.FromSeconds(5));
        new RealDemoClock().KeepTimeMoving(realLooper, TimeSpan.FromSeconds(5));

        virtualLooper.Added.Count.ShouldBe(1);
        realLooper.Added.ShouldBeEmpty();
    }

    [Test]
    public async Task Real_clock_reads_the_system_clock_and_stops_waiting_when_cancelled()
    {
        var clock = new RealDemoClock();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        clock.Provider.ShouldBeSameAs(TimeProvider.System);
        await Should.ThrowAsync<TaskCanceledException>(() => clock.PassAsync(TimeSpan.FromHours(1), cancelled.Token));
    }

    private sealed class RecordingLooper : ILooper
    {
        public List<IEnumerator<Future>> Added { get; } = [];

        public void AddTask(IEnumerator<Future> coroutine) => Added.Add(coroutine);

        public void RunUntilComplete() => throw new NotSupportedException();

        public Future? GetTask(IEnumerator<Future> coroutine) => throw new NotSupportedException();

        public void KillTask(IEnumerator<Future> coroutine) => throw new NotSupportedException();
    }
}
