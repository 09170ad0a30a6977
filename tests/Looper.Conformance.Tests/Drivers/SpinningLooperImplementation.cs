using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>A looper that never stops: it steps every task again and again, whatever its state.</summary>
public sealed class SpinningLooperImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new SpinningLooper();

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);

    private sealed class SpinningLooper : ILooper
    {
        private readonly List<IEnumerator<Future>> _tasks = [];

        public void AddTask(IEnumerator<Future> coroutine) => _tasks.Add(coroutine);

        public Future? GetTask(IEnumerator<Future> coroutine) => null;

        public void KillTask(IEnumerator<Future> coroutine)
        {
        }

        public void RunUntilComplete()
        {
            while (_tasks.Count > 0)
            {
                foreach (var task in _tasks)
                {
                    task.MoveNext();
                }
            }
        }
    }
}
