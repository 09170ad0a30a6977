namespace Looper.Katas.Tests.Stages;

/// <summary>
/// A stage-2 looper with one mistake the stage's instructions warn about: a task added during a round can join
/// that round, because the round walks the live list, by index or with <c>foreach</c>.
/// </summary>
/// <param name="byIndex">Walk the list by index (the new task joins the round) rather than with <c>foreach</c> (the enumerator throws).</param>
internal sealed class MidRoundAddLooper(bool byIndex) : ILooper
{
    private readonly List<Slot> _tasks = [];

    public void AddTask(IEnumerator<Future> coroutine) => _tasks.Add(new Slot(coroutine));

    public Future? GetTask(IEnumerator<Future> coroutine) => _tasks.Find(task => ReferenceEquals(task.Coroutine, coroutine))?.Record;

    public void KillTask(IEnumerator<Future> coroutine) => throw new NotSupportedException("not needed by the scenario");

    public void RunUntilComplete()
    {
        while (_tasks.Exists(task => IsActionable(task.Record)))
        {
            if (byIndex)
            {
                for (var i = 0; i < _tasks.Count; i++)
                {
                    Step(_tasks[i]);
                }
            }
            else
            {
                foreach (var task in _tasks)
                {
                    Step(task);
                }
            }
        }
    }

    private static bool IsActionable(Future record) =>
        record.Status is FutureStatus.Pending or FutureStatus.InProgress && !record.Paused && !record.Kill;

    private static void Step(Slot task)
    {
        if (IsActionable(task.Record))
        {
            task.Record = task.Coroutine.MoveNext() ? task.Coroutine.Current : Future.Failed();
        }
    }

    private sealed class Slot(IEnumerator<Future> coroutine)
    {
        public IEnumerator<Future> Coroutine { get; } = coroutine;

        public Future Record { get; set; } = Future.Pending;
    }
}

/// <summary>Create <see cref="MidRoundAddLooper"/>s that walk the live list by index.</summary>
internal sealed class ByIndexLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger logger) => new MidRoundAddLooper(byIndex: true);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger logger) =>
        throw new NotSupportedException("not needed by the scenario");

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger logger) =>
        throw new NotSupportedException("not needed by the scenario");
}

/// <summary>Create <see cref="MidRoundAddLooper"/>s that walk the live list with <c>foreach</c>.</summary>
internal sealed class ForeachLooperImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger logger) => new MidRoundAddLooper(byIndex: false);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger logger) =>
        throw new NotSupportedException("not needed by the scenario");

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, Microsoft.Extensions.Logging.ILogger logger) =>
        throw new NotSupportedException("not needed by the scenario");
}
