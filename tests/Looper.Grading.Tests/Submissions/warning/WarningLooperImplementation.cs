using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Submissions.Warning;

/// <summary>The reference, correct in every scenario, with one compiler warning (CS0168: a variable declared and never used).</summary>
public sealed class WarningLooperImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        int unused;
        return _reference.CreateLooper(timeProvider, logger);
    }

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
