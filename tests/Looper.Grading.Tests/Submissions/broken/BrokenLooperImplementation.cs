using Microsoft.Extensions.Logging;

namespace Looper.Submissions.Broken;

/// <summary>A submission with a syntax error: it does not compile, on purpose.</summary>
public sealed class BrokenLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        throw new NotImplementedException()
    }

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException();

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException();
}
