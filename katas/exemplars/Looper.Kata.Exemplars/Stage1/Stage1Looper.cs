namespace Looper.Kata.Exemplars.Stage1;

/// <summary>
/// Remember tasks and show their records: all that stage 1 asks of a looper (spec FUT-2, FUT-4).
/// </summary>
public sealed class Stage1Looper : ILooper
{
    private readonly Dictionary<IEnumerator<Future>, Future> _records = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine) => _records[coroutine] = Future.Pending;

    /// <inheritdoc />
    public Future? GetTask(IEnumerator<Future> coroutine) => _records.TryGetValue(coroutine, out var record) ? record : null;

    /// <inheritdoc />
    public void RunUntilComplete() =>
        throw new NotImplementedException("ILooper.RunUntilComplete: see spec section 3 (LOOP)");

    /// <inheritdoc />
    public void KillTask(IEnumerator<Future> coroutine) =>
        throw new NotImplementedException("ILooper.KillTask: see spec section 6 (KILL)");
}
