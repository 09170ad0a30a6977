namespace Looper.Reference.Sleep;

/// <summary>
/// Block the calling thread on a timer of a <see cref="TimeProvider"/> until a wake-up time: the sleeper a real program gives an idle-sleeping looper (spec IDLE-4).
/// </summary>
/// <param name="timeProvider">The clock whose timer wakes the thread; the same clock the looper and its waits read.</param>
public sealed class TimerSleeper(TimeProvider timeProvider) : IIdleSleeper
{
    /// <summary>The longest delay a timer accepts; a longer sleep ends early, and the looper, still idle, sleeps again.</summary>
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(49);

    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <inheritdoc />
    public void SleepUntil(DateTimeOffset wakeAt)
    {
        var delay = wakeAt - _timeProvider.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var alarm = new ManualResetEventSlim();
        // System timers count whole milliseconds and drop the rest; rounding up keeps the thread from waking before its time.
        var dueTime = delay < LongestDelay ? TimeSpan.FromMilliseconds(Math.Ceiling(delay.TotalMilliseconds)) : LongestDelay;
        using var timer = _timeProvider.CreateTimer(static state => ((ManualResetEventSlim)state!).Set(), alarm, dueTime, Timeout.InfiniteTimeSpan);
        // Stryker disable once Statement : only a real blocking wait shows it; the suite runs on virtual time and no test here blocks on a clock
        alarm.Wait();
    }
}
