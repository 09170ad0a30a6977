using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>A starter-like implementation where nothing is written yet: each stub names its member and the spec section to read.</summary>
public sealed class StubLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateLooper: see spec section 3 (LOOP)");

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateWait: see spec section 2 (WAIT)");

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException("ILooperImplementation.CreateWaitWrapper: see spec section 7 (WRAP)");
}

/// <summary>Stubs that throw <see cref="NotImplementedException"/> with no message of their own, as an IDE generates them.</summary>
public sealed class BareStubLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new BareStubLooper();

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        throw new NotImplementedException();

    private sealed class BareStubLooper : ILooper
    {
        public void AddTask(IEnumerator<Future> coroutine) => throw new NotImplementedException();

        public void RunUntilComplete() => throw new NotImplementedException();

        public Future? GetTask(IEnumerator<Future> coroutine) => throw new NotImplementedException();

        public void KillTask(IEnumerator<Future> coroutine) => throw new NotImplementedException();
    }
}

/// <summary>The reference with one classic bug: its wait finishes only once the elapsed time exceeds the duration (<c>&lt;=</c> for <c>&lt;</c>).</summary>
public sealed class OffByOneWaitImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var start = timeProvider.GetTimestamp();
        yield return Future.InProgress;
        while (timeProvider.GetElapsedTime(start) <= duration)
        {
            yield return Future.InProgress;
        }

        yield return Future.Finished(timeProvider.GetElapsedTime(start) - duration);
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
