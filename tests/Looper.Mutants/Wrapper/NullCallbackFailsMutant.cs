using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-3", "The wrapper takes a callback that returns null for a failure and yields Failed instead of Finished with no result")]
internal sealed class NullCallbackFailsMutant : BaselineImplementation
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
                case FutureStatus.Finished:
                    var result = callback();
                    looper.KillTask(wait);
                    yield return result is null ? Future.Failed() : Future.Finished(result);
                    yield break;
                default:
                    yield return Future.InProgress;
                    break;
            }
        }
    }
}
