using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Logs;

[Breaks("LOG-4", "The loop logs each kill mark at Information instead of Debug")]
internal sealed partial class ChattyLoopMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Marking to kill: {Task}")]
    private static partial void MarkingToKill(ILogger logger, Future task);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        public override void KillTask(IEnumerator<Future> coroutine)
        {
            ArgumentNullException.ThrowIfNull(coroutine);
            if (Tasks.TryGetValue(coroutine, out var task) && !task.Record.Kill)
            {
                MarkingToKill(Logger, task.Record);
                task.Record = task.Record with { Kill = true };
                KillMarked.Add(task);
            }
        }
    }
}
