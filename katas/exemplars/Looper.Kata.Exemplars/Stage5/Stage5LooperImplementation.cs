using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage5;

/// <summary>
/// Create the looper and the coroutines of the stage-5 exemplar.
/// </summary>
public sealed class Stage5LooperImplementation : ILooperImplementation
{
    /// <inheritdoc />
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        return new Stage5Looper(logger);
    }

    /// <inheritdoc />
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        Wait.Create(duration, timeProvider, logger);

    /// <inheritdoc />
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        WaitWrapper.Create(callback, duration, looper, timeProvider, logger);
}
