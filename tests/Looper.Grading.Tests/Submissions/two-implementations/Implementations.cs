using Microsoft.Extensions.Logging;

namespace Looper.Submissions.TwoImplementations;

/// <summary>One of two implementations: the grader cannot tell which to grade.</summary>
public sealed class FirstLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException();
}

/// <summary>The other of two implementations.</summary>
public sealed class SecondLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException();
}
