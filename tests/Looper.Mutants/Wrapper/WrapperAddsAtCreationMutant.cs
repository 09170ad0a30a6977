using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-1", "The wrapper adds its wait to the looper when it is created instead of at its first step")]
internal sealed class WrapperAddsAtCreationMutant : BaselineImplementation
{
    public override IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(looper);
        var wait = CreateWait(duration, timeProvider, logger);
        looper.AddTask(wait);
        return Run(callback, wait, looper);
    }

    private static IEnumerator<Future> Run(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
    {
        while (true)
        {
            var waitTask = looper.GetTask(wait);
            switch (waitTask?.Status)
            {
                case null:
                    yield return Future.Failed();
                    yield break;
                case FutureStatus.Failed:
                    yield return Future.Failed(waitTask.Value.Result);
                    yield break;
                case FutureStatus.Finished:
                    var result = callback();
                    looper.KillTask(wait);
                    yield return Future.Finished(result);
                    yield break;
                default:
                    yield return Future.InProgress;
                    break;
            }
        }
    }
}
