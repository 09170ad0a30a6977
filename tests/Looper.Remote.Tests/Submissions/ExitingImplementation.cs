using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Remote.Tests.Submissions;

/// <summary>A submission whose looper ends its own process when it runs, as a hostile or broken one may.</summary>
public sealed class ExitingImplementation : ILooperImplementation
{
    /// <summary>The exit code it ends with.</summary>
    public const int ExitCode = 42;

    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new Exiting();

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);

    private sealed class Exiting : ILooper
    {
        public void AddTask(IEnumerator<Future> coroutine)
        {
        }

        public Future? GetTask(IEnumerator<Future> coroutine) => null;

        public void KillTask(IEnumerator<Future> coroutine)
        {
        }

        public void RunUntilComplete() => Environment.Exit(ExitCode);
    }
}
