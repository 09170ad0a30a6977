using Looper.Reference.Sleep;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Reference.Tests.Sleep;

/// <summary>Check that the reference's real sleeper blocks on one timer of its clock, due at the wake-up time, and not at all when that time has come (spec IDLE-4).</summary>
public sealed class TimerSleeperTests
{
    [Test]
    public void A_sleep_waits_on_one_timer_of_its_clock_due_at_the_wake_up_time()
    {
        var clock = new TimerRecordingClock();

        new TimerSleeper(clock).SleepUntil(clock.GetUtcNow() + TimeSpan.FromSeconds(3));

        clock.DueTimes.ShouldBe([TimeSpan.FromSeconds(3)]);
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void A_wake_up_time_that_has_come_returns_at_once_without_a_timer(int secondsFromNow)
    {
        var clock = new TimerRecordingClock();

        new TimerSleeper(clock).SleepUntil(clock.GetUtcNow() + TimeSpan.FromSeconds(secondsFromNow));

        clock.DueTimes.ShouldBeEmpty();
    }

    [Test]
    public void A_wake_up_time_beyond_what_a_timer_takes_sleeps_as_long_as_a_timer_can()
    {
        var clock = new TimerRecordingClock();

        new TimerSleeper(clock).SleepUntil(DateTimeOffset.MaxValue);

        clock.DueTimes.ShouldBe([TimeSpan.FromDays(49)]);
    }

    [Test]
    public void A_missing_clock_is_refused() =>
        Should.Throw<ArgumentNullException>(() => new TimerSleeper(null!));

    /// <summary>A virtual clock whose timers fire as soon as they are created, so a sleep returns without any real waiting.</summary>
    private sealed class TimerRecordingClock : FakeTimeProvider
    {
        public List<TimeSpan> DueTimes { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            DueTimes.Add(dueTime);
            callback(state);
            return base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, period);
        }
    }
}
