namespace Looper.Mutants.Baseline;

/// <summary>
/// Build the baseline wait wrapper: the reference's wrapper, which adds a wait to a looper and calls back once it has finished.
/// </summary>
internal static class BaselineWaitWrapper
{
    public static IEnumerator<Future> Run(Func<object?> callback, IEnumerator<Future> wait, ILooper looper)
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
                    yield return Future.Finished(result);
                    yield break;
                default:
                    yield return Future.InProgress;
                    break;
            }
        }
    }
}
