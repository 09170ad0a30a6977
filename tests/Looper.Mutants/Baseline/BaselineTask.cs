namespace Looper.Mutants.Baseline;

/// <summary>
/// Hold one coroutine and the last future it yielded: the baseline looper's record of a task.
/// </summary>
internal sealed class BaselineTask(IEnumerator<Future> coroutine)
{
    public IEnumerator<Future> Coroutine { get; } = coroutine;

    public Future Record { get; set; }
}
