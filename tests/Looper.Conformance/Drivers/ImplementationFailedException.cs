namespace Looper.Conformance.Drivers;

/// <summary>
/// Signal that the implementation under test threw where the spec expects it to return, or ran past the step budget.
/// </summary>
/// <remarks>
/// The message says everything a learner needs: the member, what happened, the requirements and the stage's hint.
/// The stack trace leaves out the suite's own frames (steps, Reqnroll, NUnit); test runners still show the trace of
/// <see cref="Exception.InnerException"/>, which starts in the implementation's code.
/// </remarks>
internal sealed class ImplementationFailedException : Exception
{
    /// <summary>Gets a one-line note instead of the suite's own frames, which tell a learner nothing.</summary>
    public override string? StackTrace => InnerException is null
        ? base.StackTrace
        : "   (the conformance suite's own frames are left out: the trace of the implementation's exception follows)";

    /// <summary>Initializes a new instance of the <see cref="ImplementationFailedException"/> class.</summary>
    public ImplementationFailedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ImplementationFailedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ImplementationFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ImplementationFailedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">What the implementation threw.</param>
    public ImplementationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
