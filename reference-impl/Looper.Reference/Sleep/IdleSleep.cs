using Looper.Reference.Loop;
using Microsoft.Extensions.Logging;

namespace Looper.Reference.Sleep;

/// <summary>
/// Decide, between rounds, whether every actionable task only waits for a later time, and sleep until the earliest one (spec IDLE-4).
/// </summary>
/// <param name="clock">The loop's clock, read at most once per decision.</param>
/// <param name="sleeper">What blocks the thread until the wake-up time.</param>
/// <param name="logger">Where each sleep is logged at Debug (spec LOG-4).</param>
internal sealed partial class IdleSleep(TimeProvider clock, IIdleSleeper sleeper, ILogger logger)
{
    /// <summary>Sleep until the earliest wake-up time of <paramref name="actionable"/> when it is still to come (spec IDLE-4, IDLE-5).</summary>
    /// <param name="actionable">Every task the next round will step.</param>
    public void SleepIfIdle(List<LoopTask> actionable)
    {
        if (actionable.Count == 0)
        {
            return; // the loop is about to end, not to idle
        }

        var earliest = DateTimeOffset.MaxValue;
        foreach (var task in actionable)
        {
            if (task.Record.WakeAt < earliest)
            {
                earliest = task.Record.WakeAt;
            }
        }

        // MinValue means "at once": a task without a wake-up time has something to do now (spec IDLE-5).
        if (earliest == DateTimeOffset.MinValue || earliest <= clock.GetUtcNow())
        {
            return;
        }

        LogSleeping(logger, earliest);
        sleeper.SleepUntil(earliest);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Every actionable task waits; sleeping until {WakeAt:O}")]
    private static partial void LogSleeping(ILogger logger, DateTimeOffset wakeAt);
}
