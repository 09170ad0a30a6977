using Microsoft.Extensions.Logging;

namespace Looper.Mutants.NotebookPort;

/// <summary>
/// Run the notebook's own code, ported line for line with its bugs, as an exhibit of what the errata mean.
/// </summary>
/// <remarks>
/// The looper follows the notebook's second <c>Looper</c> class (the one with the queue, <c>get_task</c> and
/// <c>kill_task</c>); the coroutines follow <c>wait</c> and <c>wait_wrapper</c>. Only what C# forces is
/// translated: a Python dict becomes a <see cref="Dictionary{TKey, TValue}"/>, a generator an
/// <see cref="IEnumerator{T}"/> of <see cref="Future"/>, <c>time.time()</c> the <see cref="TimeProvider"/>,
/// seconds as floats a <see cref="TimeSpan"/>, the root logger the <see cref="ILogger"/> handed in. Python's
/// runtime errors become the nearest C# exceptions, each at the line that raises it. The suite is expected to
/// fail this implementation; <c>spec/notebook-port.md</c> shows where and why.
/// </remarks>
public sealed class NotebookPort : ILooperImplementation
{
    /// <summary>Create the notebook's looper; like <c>Looper()</c> it checks nothing and reads no clock.</summary>
    /// <param name="timeProvider">Unused: the notebook's looper never reads the time.</param>
    /// <param name="logger">Stands for the notebook's root logger.</param>
    /// <returns>The looper.</returns>
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new NotebookLooper(logger);

    /// <summary>Create the notebook's <c>wait(seconds)</c>; like the generator it checks nothing until it is first stepped.</summary>
    /// <param name="duration">The notebook's <c>seconds</c>.</param>
    /// <param name="timeProvider">Stands for <c>time.time()</c>.</param>
    /// <param name="logger">Stands for the notebook's root logger.</param>
    /// <returns>The wait coroutine.</returns>
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        NotebookCoroutines.Wait(duration, timeProvider, logger);

    /// <summary>Create the notebook's <c>wait_wrapper(f, wait_seconds, loop)</c>.</summary>
    /// <param name="callback">The notebook's <c>f</c>.</param>
    /// <param name="duration">The notebook's <c>wait_seconds</c>.</param>
    /// <param name="looper">The notebook's <c>loop</c>.</param>
    /// <param name="timeProvider">Stands for <c>time.time()</c> in the inner wait.</param>
    /// <param name="logger">Stands for the notebook's root logger in the inner wait.</param>
    /// <returns>The wrapper coroutine.</returns>
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        NotebookCoroutines.WaitWrapper(callback, duration, looper, timeProvider, logger);
}
