using Microsoft.Extensions.Logging;

namespace Looper.Kata.Exemplars.Stage3;

/// <summary>
/// Create the looper and the coroutines of the stage-3 exemplar.
/// </summary>
public sealed class Stage3LooperImplementation : ILooperImplementation
{
    /// <inheritdoc />
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        return new Stage3Looper(logger);
    }

    /// <inheritdoc />
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        Wait.Create(duration, timeProvider, logger);

    /// <inheritdoc />
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateWaitWrapper: see spec section 7 (WRAP)");
}
