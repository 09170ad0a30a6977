using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Submissions.Crashing;

/// <summary>The reference, except that creating a wait of 1.5 seconds ends the process.</summary>
public sealed class CrashingLooperImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        if (duration == TimeSpan.FromSeconds(1.5))
        {
            Environment.FailFast("The looper gave up on a wait of 1.5 seconds.");
        }

        return _reference.CreateWait(duration, timeProvider, logger);
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
