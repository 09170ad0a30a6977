using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-3", "The wrapper calls the callback once to test its value and again for the result, so it runs twice")]
internal sealed class CallbackTwiceMutant : BaselineImplementation
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
                    looper.KillTask(wait);
                    yield return callback() is null ? Future.Finished(null) : Future.Finished(callback());
                    yield break;
                default:
                    yield return Future.InProgress;
                    break;
            }
        }
    }
}
