using Microsoft.Extensions.Logging;

namespace Looper.Kata;

/// <summary>
/// Create your looper and your coroutines: the one type the conformance suite talks to.
/// </summary>
/// <remarks>
/// Each member throws until you write it. The message names the member and the spec section to read
/// (spec/looper-spec.md). Start with <see cref="CreateWait"/>: katas/stages/1-futures-and-wait/instructions.md.
/// </remarks>
public sealed class KataLooperImplementation : ILooperImplementation
{
    /// <inheritdoc />
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateLooper: see spec sections 1 (FUT) and 3 (LOOP)");

    /// <inheritdoc />
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateWait: see spec section 2 (WAIT)");

    /// <inheritdoc />
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateWaitWrapper: see spec section 7 (WRAP)");
}
