using Looper.Reference.Coroutines;
using Looper.Reference.Loop;
using Looper.Reference.Sleep;
using Microsoft.Extensions.Logging;

namespace Looper.Reference;

/// <summary>
/// Plug the reference looper and its coroutines into anything that takes an <see cref="ILooperImplementation"/>, with the optional idle-sleep extension.
/// </summary>
public sealed class ReferenceLooperImplementation : ILooperImplementation, IIdleSleepExtension
{
    /// <inheritdoc />
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return new RoundRobinLooper(logger);
    }

    /// <inheritdoc />
    public ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(sleeper);
        return new RoundRobinLooper(logger, new IdleSleep(timeProvider, sleeper, logger));
    }

    /// <inheritdoc />
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        WaitCoroutine.Create(duration, timeProvider, logger);

    /// <inheritdoc />
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        WaitWrapperCoroutine.Create(callback, duration, looper, timeProvider, logger);
}
