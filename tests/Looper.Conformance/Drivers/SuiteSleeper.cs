using System.Globalization;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Sleep for an idle-sleeping looper in virtual time: record the wake-up time, then move the suite's clock to it (spec IDLE-4).
/// </summary>
/// <remarks>
/// A real sleeper blocks on a timer; with a virtual clock that nobody else moves, that would block forever. This one
/// returns at once, with the clock at the wake-up time, as if the thread had slept until then. Each sleep is written to
/// the journal as <c>sleep until N s</c> and counted against the step budget, so a loop that keeps asking to sleep
/// still ends.
/// </remarks>
internal sealed class SuiteSleeper(SuiteClock clock, StepBudget budget, EventJournal journal) : IIdleSleeper
{
    private readonly List<TimeSpan> _wakeUpTimes = [];
    private readonly List<int> _threadIds = [];

    /// <summary>Gets the time, since the scenario began, each sleep was asked to last until, in order.</summary>
    public IReadOnlyList<TimeSpan> WakeUpTimes => _wakeUpTimes;

    /// <summary>Gets the managed thread of every sleep, in order.</summary>
    public IReadOnlyList<int> ThreadIds => _threadIds;

    /// <summary>Gets or sets how much earlier than asked the first sleep ends, as a real timer may not (spec IDLE-6).</summary>
    public TimeSpan FirstSleepEndsEarlyBy { get; set; }

    /// <inheritdoc />
    public void SleepUntil(DateTimeOffset wakeAt)
    {
        budget.Spend("idle sleep");
        var wakeUpTime = wakeAt - clock.Start;
        _wakeUpTimes.Add(wakeUpTime);
        _threadIds.Add(Environment.CurrentManagedThreadId);
        journal.Record($"sleep until {Seconds(wakeUpTime)} s");

        var wokenAt = _wakeUpTimes.Count == 1 ? wakeUpTime - FirstSleepEndsEarlyBy : wakeUpTime;
        if (wokenAt > clock.Now)
        {
            clock.AdvanceTo(wokenAt);
        }
    }

    /// <summary>Write a time the way scenarios do: seconds down to the clock's tick, no trailing zeros, invariant culture.</summary>
    /// <param name="time">The time since the scenario began.</param>
    /// <returns>For example <c>2.5</c> or <c>5.0000001</c>.</returns>
    public static string Seconds(TimeSpan time) => (time.Ticks / (decimal)TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture);
}
