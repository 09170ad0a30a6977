namespace Looper.Cli.Demo;

/// <summary>
/// Run the demo on the wall clock: hand steps really wait, and loops busy-wait as in the notebook.
/// </summary>
public sealed class RealDemoClock : DemoClock
{
    /// <inheritdoc />
    public override TimeProvider Provider => TimeProvider.System;

    /// <inheritdoc />
    public override Task PassAsync(TimeSpan span, CancellationToken cancellationToken) =>
        Task.Delay(span, TimeProvider.System, cancellationToken);

    /// <inheritdoc />
    public override void KeepTimeMoving(ILooper looper, TimeSpan span)
    {
        // The wall clock moves on its own.
    }
}
