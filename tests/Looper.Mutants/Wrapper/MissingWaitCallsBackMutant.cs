using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-4", "The wrapper takes a wait task that has disappeared as finished, and calls back")]
internal sealed class MissingWaitCallsBackMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWaitWrapper(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
    {
        looper.AddTask(wait);
        while (true)
        {
            var waitTask = looper.GetTask(wait);
            switch (waitTask?.Status)
            {
                case FutureStatus.Failed:
                    yield return Future.Failed(waitTask.Value.Result);
                    yield break;
                case null or FutureStatus.Finished:
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
