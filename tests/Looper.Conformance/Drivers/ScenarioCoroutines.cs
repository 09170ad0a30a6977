namespace Looper.Conformance.Drivers;

/// <summary>
/// Know the coroutines of one scenario by the names the scenario gives them, and which factory of the implementation made each.
/// </summary>
/// <remarks><c>NAME's wait</c> names the wait the wrapper NAME added, seen through its <see cref="RecordingLooper"/>.</remarks>
internal sealed class ScenarioCoroutines(Verdict verdict)
{
    private const string WaitSuffix = "'s wait";

    private readonly Dictionary<string, IEnumerator<Future>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _factories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordingLooper> _wrapperLoopers = new(StringComparer.Ordinal);

    /// <summary>Name a coroutine.</summary>
    /// <param name="name">The scenario's name for it.</param>
    /// <param name="coroutine">The coroutine.</param>
    /// <param name="factory">The contract member that made it, such as <c>ILooperImplementation.CreateWait</c>, or <see langword="null"/> for the suite's own.</param>
    /// <exception cref="InvalidOperationException">The name is taken.</exception>
    public void Define(string name, IEnumerator<Future> coroutine, string? factory = null)
    {
        if (!_byName.TryAdd(name, coroutine))
        {
            throw new InvalidOperationException($"The scenario defines \"{name}\" twice.");
        }

        if (factory is not null)
        {
            _factories[name] = factory;
        }
    }

    /// <summary>Give a name to another coroutine.</summary>
    /// <param name="name">The name.</param>
    /// <param name="coroutine">The coroutine that now has it.</param>
    public void Replace(string name, IEnumerator<Future> coroutine) => _byName[name] = coroutine;

    /// <summary>Remember the looper a wrapper was given, to find the wait it adds.</summary>
    /// <param name="wrapper">The wrapper's name.</param>
    /// <param name="looper">The looper it was given.</param>
    public void AddWrapperLooper(string wrapper, RecordingLooper looper) => _wrapperLoopers[wrapper] = looper;

    /// <summary>Describe what stepping the named coroutine calls, for messages.</summary>
    /// <param name="name">The coroutine's name.</param>
    /// <returns>Such as <c>the coroutine of ILooperImplementation.CreateWait</c>.</returns>
    public string MemberOf(string name) => _factories.TryGetValue(name, out var factory) ? $"the coroutine of {factory}" : $"MoveNext of \"{name}\"";

    /// <summary>Gets the named coroutine.</summary>
    /// <param name="name">The coroutine's name.</param>
    /// <returns>The coroutine.</returns>
    /// <exception cref="ImplementationFailedException">The name is a wrapper's wait, and the wrapper added none.</exception>
    /// <exception cref="InvalidOperationException">The scenario never defined the name.</exception>
    public IEnumerator<Future> Get(string name)
    {
        if (_byName.TryGetValue(name, out var coroutine))
        {
            return coroutine;
        }

        if (name.EndsWith(WaitSuffix, StringComparison.Ordinal) && _wrapperLoopers.TryGetValue(name[..^WaitSuffix.Length], out var looper))
        {
            return looper.Added.Count > 0 ? looper.Added[0] : throw verdict.WrapperAddedNoWait(name[..^WaitSuffix.Length]);
        }

        throw new InvalidOperationException($"The scenario uses a coroutine \"{name}\" it never defined.");
    }
}
