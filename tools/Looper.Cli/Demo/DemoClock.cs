namespace Looper.Cli.Demo;

/// <summary>
/// Give the demo its clock and the two ways it makes time pass: waiting between hand steps, and during a loop.
/// </summary>
public abstract class DemoClock
{
    /// <summary>Gets the clock the loopers and coroutines read.</summary>
    public abstract TimeProvider Provider { get; }

    /// <summary>Let <paramref name="span"/> pass before the next hand step.</summary>
    /// <param name="span">How long to let pass.</param>
    /// <param name="cancellationToken">Stops a real wait early.</param>
    /// <returns>A task that completes once the time has passed.</returns>
    public abstract Task PassAsync(TimeSpan span, CancellationToken cancellationToken);

    /// <summary>Make sure time moves while <paramref name="looper"/> runs, for at least <paramref name="span"/>; call before adding other tasks.</summary>
    /// <param name="looper">The looper about to run.</param>
    /// <param name="span">The longest wait the looper will run.</param>
    public abstract void KeepTimeMoving(ILooper looper, TimeSpan span);
}
