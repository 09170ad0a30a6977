using Microsoft.Extensions.Time.Testing;

namespace Looper.Cli.Demo;

/// <summary>
/// Build the coroutine that moves a virtual clock forward by one tick each time the loop steps it.
/// </summary>
/// <remarks>
/// Added as the first task of a looper, it makes every round of the loop happen at a definite virtual time:
/// round <c>n</c> sees the clock at <c>n</c> ticks after the start.
/// </remarks>
public static class TickerCoroutine
{
    /// <summary>The rounds a run needs beyond its longest wait: waits start one or two rounds late, and a wrapper notices one round after.</summary>
    public const int SlackSteps = 4;

    /// <summary>Count the steps a ticker needs so that <paramref name="span"/> of virtual time passes, plus <see cref="SlackSteps"/>.</summary>
    /// <param name="span">The longest wait of the run.</param>
    /// <param name="tick">How far the clock moves per step; positive.</param>
    /// <returns>The number of steps to pass to <see cref="Create"/>.</returns>
    public static int StepsToCover(TimeSpan span, TimeSpan tick)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tick, TimeSpan.Zero);
        return checked((int)Math.Ceiling(span / tick) + SlackSteps);
    }

    /// <summary>Create a ticker that advances <paramref name="clock"/> by <paramref name="tick"/> on each of <paramref name="steps"/> steps, then finishes.</summary>
    /// <param name="clock">The virtual clock to move.</param>
    /// <param name="tick">How far to move it per step; positive.</param>
    /// <param name="steps">How many steps advance the clock before the ticker finishes.</param>
    /// <returns>The ticker, not stepped yet.</returns>
    public static IEnumerator<Future> Create(FakeTimeProvider clock, TimeSpan tick, int steps)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tick, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        return Run(clock, tick, steps);
    }

    private static IEnumerator<Future> Run(FakeTimeProvider clock, TimeSpan tick, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            clock.Advance(tick);
            yield return Future.InProgress;
        }

        yield return Future.Finished(null);
    }
}
