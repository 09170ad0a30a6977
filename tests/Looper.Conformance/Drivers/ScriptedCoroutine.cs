namespace Looper.Conformance.Drivers;

/// <summary>
/// Play a scenario's script as a coroutine, and record how the looper treats it.
/// </summary>
/// <remarks>
/// Each <see cref="MoveNext"/> is one step: it is written to the journal as <c>NAME N</c>, runs the step's
/// actions, then yields, ends or throws as scripted. Past the end of its script the coroutine is exhausted.
/// Two scripted coroutines made with the same <c>equalityKey</c> are <see cref="object.Equals(object)"/> to each
/// other while being different objects, to catch lookups by equality (spec LOOKUP-1).
/// </remarks>
internal sealed class ScriptedCoroutine : IEnumerator<Future>
{
    private readonly IReadOnlyList<ScriptedStep> _script;
    private readonly StepBudget _budget;
    private readonly EventJournal _journal;
    private readonly string? _equalityKey;
    private readonly List<int> _threadIds = [];
    private Future _current;

    /// <summary>Initializes a new instance of the <see cref="ScriptedCoroutine"/> class.</summary>
    /// <param name="name">The name the scenario uses.</param>
    /// <param name="script">The steps to play.</param>
    /// <param name="budget">The budget each step counts against.</param>
    /// <param name="journal">Where each step is recorded.</param>
    /// <param name="equalityKey">When set, makes this coroutine equal to others with the same key.</param>
    public ScriptedCoroutine(string name, IReadOnlyList<ScriptedStep> script, StepBudget budget, EventJournal journal, string? equalityKey = null)
    {
        Name = name;
        _script = script;
        _budget = budget;
        _journal = journal;
        _equalityKey = equalityKey;
    }

    /// <summary>Gets the name the scenario uses.</summary>
    public string Name { get; }

    /// <summary>Gets the steps this coroutine plays.</summary>
    public IReadOnlyList<ScriptedStep> Script => _script;

    /// <summary>Gets how many times the coroutine was stepped.</summary>
    public int Steps { get; private set; }

    /// <summary>Gets a value indicating whether the coroutine was disposed.</summary>
    public bool Disposed { get; private set; }

    /// <summary>Gets or sets a message to throw when the coroutine is disposed; <see langword="null"/> disposes quietly.</summary>
    public string? DisposeFailure { get; set; }

    /// <summary>Gets the managed thread of every step, in order.</summary>
    public IReadOnlyList<int> ThreadIds => _threadIds;

    /// <inheritdoc />
    public Future Current
    {
        get
        {
            _budget.Spend($"read of the current future of \"{Name}\"");
            return _current;
        }
    }

    object System.Collections.IEnumerator.Current => Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        _budget.Spend($"step of \"{Name}\"");
        Steps++;
        _threadIds.Add(Environment.CurrentManagedThreadId);
        _journal.Record($"{Name} {Steps}");
        if (Disposed || Steps > _script.Count)
        {
            return false;
        }

        var step = _script[Steps - 1];
        foreach (var action in step.Actions)
        {
            action();
        }

        switch (step.Outcome)
        {
            case StepOutcome.Yield yield:
                _current = yield.Future;
                return true;
            case StepOutcome.Fail failure:
                throw new ScriptedFailureException(failure.Message);
            default:
                return false;
        }
    }

    /// <inheritdoc />
    public void Reset() => throw new NotSupportedException("Coroutines cannot be reset.");

    /// <inheritdoc />
    public void Dispose()
    {
        _budget.Spend($"disposal of \"{Name}\"");
        Disposed = true;
        if (DisposeFailure is { } message)
        {
            throw new ScriptedFailureException(message);
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        ReferenceEquals(this, obj) || (_equalityKey is not null && obj is ScriptedCoroutine other && other._equalityKey == _equalityKey);

    /// <inheritdoc />
    public override int GetHashCode() => _equalityKey?.GetHashCode(StringComparison.Ordinal) ?? base.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"coroutine \"{Name}\"";
}
