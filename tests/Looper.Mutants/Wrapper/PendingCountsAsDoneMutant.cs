using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-2", "The wrapper takes any wait that is not in progress as finished, so it calls back while its wait is still pending")]
internal sealed class PendingCountsAsDoneMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWaitWrapper(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
    {
        looper.AddTask(wait);
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
                case FutureStatus.InProgress:
                    yield return Future.InProgress;
                    break;
                default:
                    var result = callback();
                    looper.KillTask(wait);
                    yield return Future.Finished(result);
                    yield break;
            }
        }
    }
}
