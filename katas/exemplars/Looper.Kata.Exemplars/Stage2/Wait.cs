using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage2;

/// <summary>
/// Build the coroutine that waits for a duration and reports by how much it overran (spec WAIT).
/// </summary>
internal static class Wait
{
    /// <summary>Check the arguments at once, then hand back the coroutine, not stepped yet (spec WAIT-1, WAIT-7).</summary>
    /// <param name="duration">How long to wait; zero is allowed, negative is not.</param>
    /// <param name="clock">The clock to read, from the first step on.</param>
    /// <param name="logger">Where the Finished line goes.</param>
    /// <returns>The wait.</returns>
    public static IEnumerator<Future> Create(TimeSpan duration, TimeProvider clock, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);

        // An iterator method runs none of its body before the first MoveNext, so the checks above live in this
        // ordinary method and the clock is first read by Steps, at the first step.
        return Steps(duration, clock, logger);
    }

    private static IEnumerator<Future> Steps(TimeSpan duration, TimeProvider clock, ILogger logger)
    {
        var start = clock.GetUtcNow();
        yield return Future.InProgress;

        while (true)
        {
            // A clock turned back gives a smaller, even negative, elapsed time: still less than the duration (spec WAIT-8).
            var elapsed = clock.GetUtcNow() - start;
            if (elapsed >= duration)
            {
                var overrun = elapsed - duration;
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Finished waiting for {Duration}, plus {Overrun} seconds", Seconds(duration), Seconds(overrun)); // spec LOG-1
                }

                yield return Future.Finished(overrun);
                yield break;
            }

            yield return Future.InProgress;
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F6", CultureInfo.InvariantCulture);
}
