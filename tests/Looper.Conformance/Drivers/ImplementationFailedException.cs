namespace Looper.Conformance.Drivers;

/// <summary>
/// Signal that the implementation under test threw where the spec expects it to return, or ran past the step budget.
/// </summary>
public sealed class ImplementationFailedException : Exception
{
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
