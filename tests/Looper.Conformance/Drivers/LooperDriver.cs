using Microsoft.Extensions.Logging.Testing;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Hold the world of one scenario and talk to the implementation under test through the contract only.
/// </summary>
/// <remarks>
/// Step definitions stay thin and call this driver; the driver creates the looper and coroutines through
/// <see cref="ILooperImplementation"/>, gives them a <see cref="SuiteClock"/> and a captured logger, and turns
/// anything the implementation throws unexpectedly into a message that names the member and the requirements.
/// Runs of the loop and steps by hand go through <see cref="RunGuard"/>, so a loop that never ends fails its
/// scenario instead of hanging the test run.
/// </remarks>
internal sealed partial class LooperDriver
{
    private readonly ILooperImplementation _implementation;
    private readonly ScenarioCoroutines _coroutines;
    private readonly ScenarioObservations _seen = new();
    private ILooper? _looper;

    /// <summary>Initializes a new instance of the <see cref="LooperDriver"/> class.</summary>
    /// <param name="implementation">The implementation under test.</param>
    /// <param name="verdict">Checks outcomes and words failures.</param>
    /// <param name="guard">Runs the loop and steps by hand on a thread of their own, and stops waiting for them after a timeout.</param>
    /// <param name="budget">Counts the implementation's calls into the suite and stops a run that never ends.</param>
    public LooperDriver(ILooperImplementation implementation, Verdict verdict, RunGuard guard, StepBudget budget)
    {
        _implementation = implementation;
        Verdict = verdict;
        Guard = guard;
        _coroutines = new ScenarioCoroutines(verdict);
        Budget = budget;
        Clock = new SuiteClock(Budget);
        Journal = new EventJournal();
        Logger = new JournalLogger(new FakeLogger(), Journal, Budget);
    }

    /// <summary>Gets the scenario's checks.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the guard that stops waiting for a run that never ends and never asks the suite for anything.</summary>
    public RunGuard Guard { get; }

    /// <summary>Gets the budget that stops a run that never ends.</summary>
    public StepBudget Budget { get; }

    /// <summary>Gets the virtual clock handed to the implementation.</summary>
    public SuiteClock Clock { get; }

    /// <summary>Gets the journal of what happened, in order.</summary>
    public EventJournal Journal { get; }

    /// <summary>Gets the logger handed to the implementation.</summary>
    public JournalLogger Logger { get; }

    /// <summary>Gets what the last attempted call threw, if anything.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Gets the looper, creating it through the implementation on first use.</summary>
    public ILooper Looper => _looper ??= Call("ILooperImplementation.CreateLooper", () => _implementation.CreateLooper(Clock, Logger));

    /// <summary>Define a coroutine that plays <paramref name="script"/>.</summary>
    /// <param name="name">The scenario's name for it.</param>
    /// <param name="script">Its steps.</param>
    /// <param name="equalTo">The name of a coroutine it should be <see cref="object.Equals(object)"/> to, or <see langword="null"/>.</param>
    /// <returns>The coroutine.</returns>
    public ScriptedCoroutine DefineScripted(string name, IReadOnlyList<ScriptedStep> script, string? equalTo = null)
    {
        var coroutine = new ScriptedCoroutine(name, script, Budget, Journal, equalTo);
        Define(name, coroutine);
        return coroutine;
    }

    /// <summary>Define a coroutine that equals <paramref name="original"/> and plays the same script, but is another object.</summary>
    /// <param name="name">The scenario's name for it.</param>
    /// <param name="original">The name of the scripted coroutine to copy.</param>
    public void DefineEqualTwin(string name, string original)
    {
        var source = Scripted(original);
        var twin = new ScriptedCoroutine(name, source.Script, Budget, Journal, equalityKey: original);
        var replacement = new ScriptedCoroutine(original, source.Script, Budget, Journal, equalityKey: original);
        _coroutines.Replace(original, replacement);
        Define(name, twin);
    }

    /// <summary>Define a wait made by the implementation (spec WAIT).</summary>
    /// <param name="name">The scenario's name for it.</param>
    /// <param name="duration">How long it waits.</param>
    public void DefineWait(string name, TimeSpan duration)
    {
        const string factory = "ILooperImplementation.CreateWait";
        _coroutines.Define(name, Call(factory, () => _implementation.CreateWait(duration, Clock, Logger)), factory);
    }

    /// <summary>Define a wrapper made by the implementation, whose callback is journaled and returns <paramref name="result"/> (spec WRAP).</summary>
    /// <param name="name">The scenario's name for it; its wait is then known as <c>NAME's wait</c>.</param>
    /// <param name="duration">How long its wait lasts.</param>
    /// <param name="result">What the callback returns.</param>
    /// <param name="failure">When set, the callback throws a <see cref="ScriptedFailureException"/> with this message instead.</param>
    public void DefineWrapper(string name, TimeSpan duration, object? result, string? failure = null)
    {
        var looper = new RecordingLooper(Looper, name, Journal, Budget);
        _coroutines.AddWrapperLooper(name, looper);
        _seen.TrackCallbacks(name);
        object? Callback()
        {
            Budget.Spend($"call of the callback of \"{name}\"");
            _seen.CountCallback(name);
            Journal.Record($"{name} calls back");
            return failure is null ? result : throw new ScriptedFailureException(failure);
        }

        const string factory = "ILooperImplementation.CreateWaitWrapper";
        _coroutines.Define(name, Call(factory, () => _implementation.CreateWaitWrapper(Callback, duration, looper, Clock, Logger)), factory);
    }

    /// <summary>Add a ticker as a task: each time it is stepped it moves the clock on, <paramref name="rounds"/> times, then finishes.</summary>
    /// <param name="tick">How far the clock moves per step.</param>
    /// <param name="rounds">How many steps it takes.</param>
    public void AddTicker(TimeSpan tick, int rounds)
    {
        var script = Enumerable.Range(1, rounds)
            .Select(round => new ScriptedStep(
                [() => Clock.Advance(tick)],
                new StepOutcome.Yield(round == rounds ? Future.Finished(null) : Future.InProgress)))
            .ToList();
        DefineScripted("tick", script);
        Add("tick");
    }

    /// <summary>Create an action that adds the named coroutine to the looper, for use inside a script.</summary>
    /// <param name="name">The coroutine to add.</param>
    /// <returns>The action.</returns>
    public Action AddAction(string name) => () => Looper.AddTask(Coroutine(name));

    /// <summary>Create an action that kills the named coroutine's task, for use inside a script.</summary>
    /// <param name="name">The coroutine whose task to kill.</param>
    /// <returns>The action.</returns>
    public Action KillAction(string name) => () => Looper.KillTask(Coroutine(name));

    /// <summary>Create an action that runs the loop from inside a task, for use inside a script (spec LOOP-8).</summary>
    /// <returns>The action.</returns>
    public Action RunAction() => () => Looper.RunUntilComplete();

    /// <summary>Create an action that looks up the named coroutine's task and remembers what it saw, for use inside a script.</summary>
    /// <param name="viewer">The coroutine that looks.</param>
    /// <param name="name">The coroutine looked up.</param>
    /// <returns>The action.</returns>
    public Action LookupAction(string viewer, string name) => () =>
        LookupsOf(viewer, name).Add(Describe(Looper.GetTask(Coroutine(name))));

    /// <summary>Add the named coroutine to the looper.</summary>
    /// <param name="name">The coroutine.</param>
    public void Add(string name) => Call("ILooper.AddTask", () => Looper.AddTask(Coroutine(name)));

    /// <summary>Kill the named coroutine's task.</summary>
    /// <param name="name">The coroutine.</param>
    public void Kill(string name) => Call("ILooper.KillTask", () => Looper.KillTask(Coroutine(name)));

    /// <summary>Look up the named coroutine's task.</summary>
    /// <param name="name">The coroutine.</param>
    /// <returns>The task's record, or <see langword="null"/>.</returns>
    public Future? Lookup(string name) => Call("ILooper.GetTask", () => Looper.GetTask(Coroutine(name)));

    /// <summary>Look up the named coroutine's task and keep the snapshot under <paramref name="label"/> (spec FUT-4).</summary>
    /// <param name="name">The coroutine.</param>
    /// <param name="label">The name to keep it under.</param>
    public void Keep(string name, string label) => _seen.Keep(label, Lookup(name));

    /// <summary>Gets a snapshot kept by <see cref="Keep"/>.</summary>
    /// <param name="label">The name it was kept under.</param>
    /// <returns>The snapshot.</returns>
    public Future? Kept(string label) => _seen.Kept(label);

    /// <summary>Run the looper until complete and fail clearly when it throws or never ends (spec LOOP-1, FAIL-1).</summary>
    /// <remarks>The run happens on a thread of its own (see <see cref="RunGuard"/>); <see cref="RunThreads"/> records that thread (spec LOOP-9).</remarks>
    public void Run()
    {
        var looper = Looper;
        Call("ILooper.RunUntilComplete", () => Guard.Run(
            thread =>
            {
                _seen.AddRunThread(thread);
                looper.RunUntilComplete();
            },
            Budget));
        if (Budget.Exceeded)
        {
            throw Verdict.BudgetExceeded("ILooper.RunUntilComplete", Budget.Limit);
        }
    }

    /// <summary>Step the named coroutine by hand, as the notebook does with <c>next</c>.</summary>
    /// <param name="name">The coroutine.</param>
    /// <returns><see langword="false"/> when the coroutine is exhausted.</returns>
    public bool Step(string name)
    {
        var coroutine = Coroutine(name);
        var member = _coroutines.MemberOf(name);
        var moved = Call(member, () =>
        {
            var result = false;
            Guard.Run(_ => result = coroutine.MoveNext(), Budget);
            return result;
        });
        if (moved)
        {
            YieldsOf(name).Add(coroutine.Current);
        }

        return moved;
    }

    /// <summary>Run <paramref name="action"/>, which the scenario expects may throw, and keep what it threw.</summary>
    /// <remarks>A stub, a run past the step budget, or a failure of an earlier call fails the scenario at once instead: none of them can be the outcome a scenario expects.</remarks>
    /// <param name="action">The call to attempt.</param>
    public void Attempt(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
            LastError = null;
        }
        catch (Exception exception) when (exception is NotImplementedException or StepBudgetExceededException)
        {
            throw Explain(ContractMembers.Find(exception) ?? "a member of the implementation", exception);
        }
        catch (Exception exception) when (exception is not ImplementationFailedException)
        {
            LastError = exception;
        }
    }

    /// <summary>Gets the implementation under test, for steps that call it with unusual arguments.</summary>
    public ILooperImplementation Implementation => _implementation;

    /// <summary>Gets the named coroutine; <c>NAME's wait</c> is the wait the wrapper NAME added.</summary>
    /// <param name="name">The coroutine's name.</param>
    /// <returns>The coroutine.</returns>
    public IEnumerator<Future> Coroutine(string name) => _coroutines.Get(name);

    /// <summary>Gets the named scripted coroutine.</summary>
    /// <param name="name">The coroutine's name.</param>
    /// <returns>The scripted coroutine.</returns>
    public ScriptedCoroutine Scripted(string name) => Coroutine(name) as ScriptedCoroutine
        ?? throw new InvalidOperationException($"\"{name}\" is not a scripted coroutine.");

    /// <summary>Gets the futures the named coroutine yielded when stepped by hand.</summary>
    /// <param name="name">The coroutine.</param>
    /// <returns>The futures, in order.</returns>
    public List<Future> YieldsOf(string name) => _seen.YieldsOf(name);

    /// <summary>Gets what <paramref name="viewer"/> saw each time it looked up <paramref name="name"/>.</summary>
    /// <param name="viewer">The coroutine that looked.</param>
    /// <param name="name">The coroutine looked up.</param>
    /// <returns>The descriptions, in order.</returns>
    public List<string> LookupsOf(string viewer, string name) => _seen.LookupsOf(viewer, name);

    /// <summary>Gets how many times the named wrapper's callback ran.</summary>
    /// <param name="wrapper">The wrapper.</param>
    /// <returns>The count.</returns>
    public int CallbacksOf(string wrapper) => _seen.CallbacksOf(wrapper);

    /// <summary>Gets the threads that called <see cref="Run"/>.</summary>
    public IReadOnlyList<int> RunThreads => _seen.RunThreads;

    /// <summary>Describe a task's record the way scenarios write it: <c>nothing</c> or the future's text.</summary>
    /// <param name="task">The record.</param>
    /// <returns>The description.</returns>
    public static string Describe(Future? task) => task?.ToString() ?? "nothing";

    /// <summary>Gets the requirements of the scenario, as a block to append to messages.</summary>
    /// <returns>The block.</returns>
    public string RequirementsText() => Verdict.RequirementsText();

    private T Call<T>(string member, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception exception) when (exception is not ImplementationFailedException)
        {
            throw Explain(member, exception);
        }
    }

    private void Call(string member, Action call) => Call(member, () =>
    {
        call();
        return true;
    });

    private ImplementationFailedException Explain(string member, Exception exception) =>
        Verdict.ImplementationFailed(member, exception, _implementation.GetType().Assembly);

    private void Define(string name, IEnumerator<Future> coroutine) => _coroutines.Define(name, coroutine);
}
