namespace Looper.Conformance.Drivers;

/// <summary>
/// Stand between a wrapper coroutine and the looper, to learn which wait the wrapper added and when it killed it.
/// </summary>
/// <remarks>
/// Every call goes on to the real looper unchanged; only the wrapper sees this object (spec WRAP). Every call
/// counts against the scenario's <see cref="StepBudget"/>, so a wrapper that spins on it is stopped by the budget.
/// </remarks>
internal sealed class RecordingLooper(ILooper inner, string wrapperName, EventJournal journal, StepBudget budget) : ILooper
{
    private readonly List<IEnumerator<Future>> _added = [];

    /// <summary>Gets the coroutines the wrapper added, oldest first.</summary>
    public IReadOnlyList<IEnumerator<Future>> Added => _added;

    /// <summary>Gets how many times the wrapper asked for a kill.</summary>
    public int Kills { get; private set; }

    /// <inheritdoc />
    public void AddTask(IEnumerator<Future> coroutine)
    {
        budget.Spend($"call of ILooper.AddTask on the looper given to \"{wrapperName}\"");
        inner.AddTask(coroutine);
        _added.Add(coroutine);
        journal.Record($"{wrapperName} adds its wait");
    }

    /// <inheritdoc />
    public Future? GetTask(IEnumerator<Future> coroutine)
    {
        budget.Spend($"call of ILooper.GetTask on the looper given to \"{wrapperName}\"");
        return inner.GetTask(coroutine);
    }

    /// <inheritdoc />
    public void KillTask(IEnumerator<Future> coroutine)
    {
        budget.Spend($"call of ILooper.KillTask on the looper given to \"{wrapperName}\"");
        Kills++;
        journal.Record(_added.Contains(coroutine) ? $"{wrapperName} kills its wait" : $"{wrapperName} kills a task");
        inner.KillTask(coroutine);
    }

    /// <inheritdoc />
    public void RunUntilComplete()
    {
        budget.Spend($"call of ILooper.RunUntilComplete on the looper given to \"{wrapperName}\"");
        inner.RunUntilComplete();
    }
}
