using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Submissions.Hanging;

/// <summary>The reference, except that creating a wait of 2.5 seconds spins forever without calling the suite.</summary>
public sealed class HangingLooperImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        Console.WriteLine($"creating a wait of {duration.TotalSeconds} s");
        if (duration == TimeSpan.FromSeconds(2.5))
        {
            while (Volatile.Read(ref _spin))
            {
                // A pure spin: no clock read, no coroutine step, so the suite's step budget cannot see it.
            }
        }

        return _reference.CreateWait(duration, timeProvider, logger);
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);

    private static bool _spin = true;
}
