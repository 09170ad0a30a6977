using Microsoft.Extensions.Time.Testing;

namespace Looper.Cli.Demo;

/// <summary>
/// Run the demo on a <see cref="FakeTimeProvider"/>: hand steps advance it, and a ticker task advances it during a loop.
/// </summary>
/// <param name="tick">How far the ticker moves the clock on each round; positive.</param>
public sealed class VirtualDemoClock(TimeSpan tick) : DemoClock
{
    private readonly FakeTimeProvider _clock = new();

    /// <inheritdoc />
    public override TimeProvider Provider => _clock;

    /// <inheritdoc />
    public override Task PassAsync(TimeSpan span, CancellationToken cancellationToken)
    {
        _clock.Advance(span);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void KeepTimeMoving(ILooper looper, TimeSpan span)
    {
        ArgumentNullException.ThrowIfNull(looper);
        looper.AddTask(TickerCoroutine.Create(_clock, tick, TickerCoroutine.StepsToCover(span, tick)));
    }
}
