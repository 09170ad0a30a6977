using Microsoft.Extensions.Logging;

namespace Looper;

/// <summary>
/// Plug a whole Looper implementation into the conformance suite: the one type a learner implements.
/// </summary>
/// <remarks>
/// The suite creates everything it tests through this interface, handing in a virtual clock and a logger it
/// reads back. Implementations need a public parameterless constructor. Optional extensions, when the spec
/// adds them, come as separate interfaces an implementation may also implement, so code written against this
/// one keeps compiling.
/// </remarks>
public interface ILooperImplementation
{
    /// <summary>Create an empty looper (spec LOOP).</summary>
    /// <param name="timeProvider">The clock the looper and its coroutines read; never the wall clock directly.</param>
    /// <param name="logger">Where the looper writes the log lines of spec LOG.</param>
    /// <returns>A new looper with no tasks.</returns>
    ILooper CreateLooper(TimeProvider timeProvider, ILogger logger);

    /// <summary>Create a coroutine that finishes once <paramref name="duration"/> has passed and reports by how much it overran (spec WAIT).</summary>
    /// <param name="duration">How long to wait; zero is allowed.</param>
    /// <param name="timeProvider">The clock to read, first when the coroutine is first stepped (spec WAIT-1).</param>
    /// <param name="logger">Where to write the line of spec LOG-1 when the wait finishes.</param>
    /// <returns>The wait coroutine, not stepped yet.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative; thrown here, not at the first step (spec WAIT-7).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> or <paramref name="logger"/> is <see langword="null"/> (spec FAIL-3).</exception>
    IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger);

    /// <summary>Create a coroutine that adds a wait to <paramref name="looper"/> and calls <paramref name="callback"/> once that wait has finished (spec WRAP).</summary>
    /// <param name="callback">Called exactly once; its return value becomes the wrapper's result (spec WRAP-3).</param>
    /// <param name="duration">How long the inner wait lasts.</param>
    /// <param name="looper">The looper the inner wait is added to, on the wrapper's first step (spec WRAP-1).</param>
    /// <param name="timeProvider">The clock for the inner wait.</param>
    /// <param name="logger">The logger for the inner wait.</param>
    /// <returns>The wrapper coroutine, not stepped yet.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative (spec WAIT-7).</exception>
    /// <exception cref="ArgumentNullException">Any reference argument is <see langword="null"/> (spec FAIL-3).</exception>
    IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger);
}
