using Looper.Reference.Coroutines;
using Looper.Reference.Loop;
using Microsoft.Extensions.Logging;

namespace Looper.Reference;

/// <summary>
/// Plug the reference looper and its coroutines into anything that takes an <see cref="ILooperImplementation"/>.
/// </summary>
public sealed class ReferenceLooperImplementation : ILooperImplementation
{
    /// <inheritdoc />
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        return new RoundRobinLooper(logger);
    }

    /// <inheritdoc />
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        WaitCoroutine.Create(duration, timeProvider, logger);

    /// <inheritdoc />
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        WaitWrapperCoroutine.Create(callback, duration, looper, timeProvider, logger);
}
