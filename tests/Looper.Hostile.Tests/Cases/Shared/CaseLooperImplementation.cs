using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>
/// Be the reference looper, except that a case's behaviour runs when a wait of <see cref="TriggerSeconds"/> seconds is created.
/// </summary>
/// <remarks>
/// Each case adds its behaviour by implementing <see cref="Triggered"/> in its own folder. The trigger makes the behaviour's
/// reach countable: the scenarios that create such a wait are the only ones it can break, and the tests find them by
/// running the same class in process.
/// </remarks>
public sealed partial class CaseLooperImplementation : ILooperImplementation
{
    /// <summary>The wait duration, in seconds, that sets off the case's behaviour.</summary>
    public const double TriggerSeconds = 2.5;

    private readonly ReferenceLooperImplementation _reference = new();

    /// <inheritdoc />
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    /// <inheritdoc />
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var wait = _reference.CreateWait(duration, timeProvider, logger);
        if (duration == TimeSpan.FromSeconds(TriggerSeconds))
        {
            IEnumerator<Future>? replaced = null;
            Triggered(logger, ref replaced);
            return replaced ?? wait;
        }

        return wait;
    }

    /// <inheritdoc />
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);

    /// <summary>Do the case's one deliberate thing; set <paramref name="replaced"/> to hand back another coroutine instead of the wait.</summary>
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced);
}
