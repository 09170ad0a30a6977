using Microsoft.Extensions.Logging;

namespace Looper;

/// <summary>
/// Offer the optional idle-sleep extension: a looper that sleeps until the earliest wake-up time instead of spinning when every actionable task only waits for time (spec IDLE).
/// </summary>
/// <remarks>
/// Implement it beside <see cref="ILooperImplementation"/> on the same class. The suite runs the scenarios tagged
/// <c>@extension</c> with IDLE requirements only against implementations that do. <see cref="ILooperImplementation.CreateLooper"/>
/// keeps making busy-polling loopers (spec LOOP-9); only loopers made here may sleep (spec IDLE-1).
/// </remarks>
public interface IIdleSleepExtension
{
    /// <summary>Create an empty looper that sleeps through <paramref name="sleeper"/> whenever every actionable task waits for a later time (spec IDLE-1, IDLE-4).</summary>
    /// <param name="timeProvider">The clock the looper reads to decide whether the earliest wake-up time is still to come.</param>
    /// <param name="logger">Where the looper writes the log lines of spec LOG.</param>
    /// <param name="sleeper">What the looper calls to sleep; it blocks the calling thread until the given time.</param>
    /// <returns>A new looper with no tasks.</returns>
    /// <exception cref="ArgumentNullException">Any argument is <see langword="null"/> (spec FAIL-3).</exception>
    ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper);
}
