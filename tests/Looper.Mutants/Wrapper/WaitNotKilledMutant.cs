using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-3", "The wrapper calls back and finishes but never kills its wait task, which stays in the looper")]
internal sealed class WaitNotKilledMutant : BaselineImplementation
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
                    yield return Future.Finished(callback());
                    yield break;
                default:
                    yield return Future.InProgress;
                    break;
            }
        }
    }
}
