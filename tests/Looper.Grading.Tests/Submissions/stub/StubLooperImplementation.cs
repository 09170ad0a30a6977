using Microsoft.Extensions.Logging;

namespace Looper.Submissions.Stub;

/// <summary>A kata starter where nothing is written yet: every member throws.</summary>
public sealed class StubLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("Write CreateLooper.");

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("Write CreateWait.");

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("Write CreateWaitWrapper.");
}
