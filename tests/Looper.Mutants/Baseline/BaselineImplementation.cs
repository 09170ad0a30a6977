using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Baseline;

/// <summary>
/// Plug in the baseline: the reference looper's code copied here, with every part open to a mutant's override.
/// </summary>
/// <remarks>
/// A mutant derives from this class and replaces one part: usually <see cref="NewLooper"/>, <see cref="RunWait"/> or
/// <see cref="RunWaitWrapper"/>, so the argument checks stay the reference's; a mutant whose bug is in a check
/// replaces the factory method itself.
/// </remarks>
internal class BaselineImplementation : ILooperImplementation
{
    public virtual ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return NewLooper(logger);
    }

    public virtual IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return RunWait(duration, timeProvider, logger);
    }

    /// <remarks>The wrapper's wait comes from <see cref="CreateWait"/>, so a mutated wait also runs under the wrapper, as in a learner's code.</remarks>
    public virtual IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(looper);
        return RunWaitWrapper(callback, CreateWait(duration, timeProvider, logger), looper);
    }

    /// <summary>Create the looper, once the arguments are checked.</summary>
    protected virtual ILooper NewLooper(ILogger logger) => new BaselineLooper(logger);

    /// <summary>Create the wait's iterator, once the arguments are checked.</summary>
    protected virtual IEnumerator<Future> RunWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        BaselineWait.Run(duration, timeProvider, logger);

    /// <summary>Create the wrapper's iterator, once the arguments are checked and its wait is built.</summary>
    protected virtual IEnumerator<Future> RunWaitWrapper(Func<object?> callback, IEnumerator<Future> wait, ILooper looper) =>
        BaselineWaitWrapper.Run(callback, wait, looper);
}
