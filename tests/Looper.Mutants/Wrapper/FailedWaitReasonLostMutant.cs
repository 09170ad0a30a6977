using Looper.Mutants.Baseline;

namespace Looper.Mutants.Wrapper;

[Breaks("WRAP-6", "The wrapper handles only a finished or a missing wait, and treats a failed wait as a missing one, losing its reason", Erratum = "E7")]
internal sealed class FailedWaitReasonLostMutant : BaselineImplementation
{
    protected override IEnumerator<Future> RunWaitWrapper(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
    {
        looper.AddTask(wait);
        while (true)
        {
            var waitTask = looper.GetTask(wait);
            switch (waitTask?.Status)
            {
                case FutureStatus.Finished:
                    var result = callback();
                    looper.KillTask(wait);
                    yield return Future.Finished(result);
                    yield break;
                case FutureStatus.Pending or FutureStatus.InProgress:
                    yield return Future.InProgress;
                    break;
                default:
                    yield return Future.Failed();
                    yield break;
            }
        }
    }
}
