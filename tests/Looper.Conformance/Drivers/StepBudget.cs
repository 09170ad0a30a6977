namespace Looper.Conformance.Drivers;

/// <summary>
/// Count what an implementation asks of the suite (clock reads, steps of the suite's coroutines) and stop a run that never ends.
/// </summary>
/// <remarks>
/// A looper that spins forever still reads the suite's clock or steps the suite's coroutines. Once the budget is
/// spent, every further request throws <see cref="StepBudgetExceededException"/>, which fails the scenario with a
/// clear message instead of hanging the test run. The count is deterministic: no wall clock is involved.
/// </remarks>
public sealed class StepBudget(int limit)
{
    /// <summary>The budget the suite gives one scenario: far more than any scenario needs.</summary>
    public const int DefaultLimit = 100_000;

    /// <summary>Gets how many requests were made so far.</summary>
    public int Spent { get; private set; }

    /// <summary>Gets the number of requests allowed.</summary>
    public int Limit { get; } = limit;

    /// <summary>Gets a value indicating whether the budget ran out at some point.</summary>
    public bool Exceeded => Spent > Limit;

    /// <summary>Count one request, or throw once the budget is spent.</summary>
    /// <param name="what">What was asked, for the message.</param>
    /// <exception cref="StepBudgetExceededException">The budget is spent.</exception>
    public void Spend(string what)
    {
        Spent++;
        if (Spent > Limit)
        {
            throw new StepBudgetExceededException(Limit, what);
        }
    }
}

/// <summary>
/// Signal that an implementation kept running past the suite's step budget.
/// </summary>
public sealed class StepBudgetExceededException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StepBudgetExceededException"/> class.</summary>
    /// <param name="limit">The budget that ran out.</param>
    /// <param name="what">The request that went over it.</param>
    public StepBudgetExceededException(int limit, string what)
        : base($"did not complete within {limit} clock reads and coroutine steps (the last one was a {what}); the loop probably never ends")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StepBudgetExceededException"/> class.</summary>
    public StepBudgetExceededException()
    {
    }

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
