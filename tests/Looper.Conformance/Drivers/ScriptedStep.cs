namespace Looper.Conformance.Drivers;

/// <summary>
/// Describe one step of a <see cref="ScriptedCoroutine"/>: what it does first, then how the step ends.
/// </summary>
/// <param name="Actions">What the coroutine does during the step, before it yields (add, kill or look up a task, run the loop).</param>
/// <param name="Outcome">How the step ends.</param>
internal sealed record ScriptedStep(IReadOnlyList<Action> Actions, StepOutcome Outcome);

/// <summary>
/// Say how a scripted step ends: by yielding a future, by ending the coroutine, or by throwing.
/// </summary>
internal abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    /// <summary>The step yields <paramref name="Future"/>.</summary>
    /// <param name="Future">The future to yield.</param>
    public sealed record Yield(Future Future) : StepOutcome;

    /// <summary>The coroutine ends: <c>MoveNext</c> returns <see langword="false"/>.</summary>
    public sealed record Exhaust : StepOutcome;

    /// <summary>The step throws <see cref="ScriptedFailureException"/> with <paramref name="Message"/>.</summary>
    /// <param name="Message">The exception's message.</param>
    public sealed record Fail(string Message) : StepOutcome;
}

/// <summary>
/// Signal a failure a scenario scripted on purpose.
/// </summary>
internal sealed class ScriptedFailureException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ScriptedFailureException"/> class.</summary>
    public ScriptedFailureException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScriptedFailureException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ScriptedFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScriptedFailureException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScriptedFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
