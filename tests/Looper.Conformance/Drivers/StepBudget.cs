namespace Looper.Conformance.Drivers;

/// <summary>
/// Count every call an implementation makes into the suite during a scenario and stop a run that never ends.
/// </summary>
/// <remarks>
/// Counted: clock reads, steps, disposals and other calls of the suite's coroutines, calls through the looper the
/// suite hands a wrapper, the wrapper's callback, logger calls and idle sleeps. A looper that spins while touching
/// any of them runs out of budget; once it is spent, every further call throws
/// <see cref="StepBudgetExceededException"/>, which fails the scenario with a clear message instead of hanging the
/// test run. The count is deterministic: no wall clock is involved.
/// </remarks>
internal sealed class StepBudget
{
    /// <summary>How many requests past the limit show that the implementation goes on after the budget's exception, typically because its loop catches every exception.</summary>
    public const int IgnoredAfter = 1_000;

    private readonly TaskCompletionSource _ignored = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _stopped;
    private int _spent;

    /// <summary>The budget the suite gives one scenario: far more than any scenario needs.</summary>
    public const int DefaultLimit = 10_000;

    /// <summary>Gets how many requests were made so far.</summary>
    public int Spent => Volatile.Read(ref _spent);

    /// <summary>Gets the number of requests allowed: <see cref="DefaultLimit"/> unless a run sets another (see <see cref="StepBudgetParameter"/>).</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Gets a value indicating whether the budget ran out at some point.</summary>
    public bool Exceeded => Spent > Limit;

    /// <summary>Gets what the last request was, such as <c>clock read</c>, or <see langword="null"/> before the first.</summary>
    public string? LastRequest { get; private set; }

    /// <summary>Gets a task that completes once the implementation has made <see cref="IgnoredAfter"/> requests past the limit, each of which threw.</summary>
    public Task Ignored => _ignored.Task;

    /// <summary>Spend the rest of the budget at once, so that every further request throws; used when the suite abandons a call (see <see cref="RunGuard"/>).</summary>
    public void Stop() => _stopped = true;

    /// <summary>Count one request, or throw once the budget is spent.</summary>
    /// <param name="what">What was asked, for the message.</param>
    /// <exception cref="StepBudgetExceededException">The budget is spent.</exception>
    public void Spend(string what)
    {
        var spent = Interlocked.Increment(ref _spent);
        LastRequest = what;
        if (spent > Limit + IgnoredAfter)
        {
            _ignored.TrySetResult();
        }

        if (spent > Limit || _stopped)
        {
            throw new StepBudgetExceededException(Limit, what);
        }
    }
}

/// <summary>
/// Signal that an implementation kept running past the suite's step budget.
/// </summary>
internal sealed class StepBudgetExceededException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StepBudgetExceededException"/> class.</summary>
    /// <param name="limit">The budget that ran out.</param>
    /// <param name="what">The request that went over it.</param>
    public StepBudgetExceededException(int limit, string what)
        : base($"did not complete within {limit} calls into the suite (the last one was a {what}); the loop probably never ends")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StepBudgetExceededException"/> class.</summary>
    public StepBudgetExceededException()
    {
    }

    /// <summary>Describe an implementation that went on after the budget ran out, as a loop does that catches every exception of a step and keeps looping.</summary>
    /// <param name="limit">The budget that ran out.</param>
    /// <param name="what">The last request.</param>
    /// <returns>The exception.</returns>
    public static StepBudgetExceededException Ignored(int limit, string? what) =>
        new($"did not complete within {limit} calls into the suite (the last one was a {what ?? "call"}), and went on after each of the next {StepBudget.IgnoredAfter} calls threw {nameof(StepBudgetExceededException)}; the loop probably never ends, and catches exceptions without ending the task that threw");

    /// <summary>Initializes a new instance of the <see cref="StepBudgetExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StepBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StepBudgetExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StepBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
