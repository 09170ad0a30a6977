using System.Diagnostics;
using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Agreement;

/// <summary>
/// The reference's looper, except that a run with no task spins, calling nothing, waiting for a task that never comes: only the wall-clock net can stop it.
/// </summary>
/// <remarks>
/// The spin gives up after <see cref="GiveUpAfter"/> of real time, far longer than any net waits for it (the agreement tests
/// wait 3 s), so a thread the suite abandoned does not keep a core busy for the rest of the test run; while it spins it
/// yields its core to any other thread that wants it. It never calls the suite while it spins.
/// </remarks>
/// <param name="inner">The reference's looper, which does the work once a task is added.</param>
public sealed class IdleSpinLooper(ILooper inner) : ILooper
{
    /// <summary>How long the spin goes on before it gives up.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(12);

    private bool _hasTasks;

    public void AddTask(IEnumerator<Future> coroutine)
    {
        _hasTasks = true;
        inner.AddTask(coroutine);
    }

    public Future? GetTask(IEnumerator<Future> coroutine) => inner.GetTask(coroutine);

    public void KillTask(IEnumerator<Future> coroutine) => inner.KillTask(coroutine);

    public void RunUntilComplete()
    {
        var started = Stopwatch.GetTimestamp();
        while (!Volatile.Read(ref _hasTasks))
        {
            if (Stopwatch.GetElapsedTime(started) > GiveUpAfter)
            {
                return;
            }

            Thread.Yield();
        }

        inner.RunUntilComplete();
    }
}

/// <summary>Make <see cref="IdleSpinLooper"/>s, with the reference's wait and wrapper.</summary>
public sealed class IdleSpinImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new IdleSpinLooper(_reference.CreateLooper(timeProvider, logger));

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
