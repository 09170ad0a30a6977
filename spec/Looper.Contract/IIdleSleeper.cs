namespace Looper;

/// <summary>
/// Sleep for an idle-sleeping looper: block the thread that runs the loop until a time on the loop's clock (spec IDLE-4).
/// </summary>
/// <remarks>
/// In a real program a sleeper waits on a timer of the loop's <see cref="TimeProvider"/>. The conformance suite passes
/// one that moves its virtual clock forward instead, so scenarios never sleep for real.
/// </remarks>
public interface IIdleSleeper
{
    /// <summary>Return once the clock shows <paramref name="wakeAt"/> or later (spec IDLE-4).</summary>
    /// <param name="wakeAt">The earliest wake-up time of the looper's actionable tasks, on the looper's <see cref="TimeProvider"/>.</param>
    void SleepUntil(DateTimeOffset wakeAt);
}
