namespace Looper.Host;

/// <summary>The submission cannot be served: no such file, no implementation, or several.</summary>
internal sealed class SubmissionException : Exception
{
    public SubmissionException()
    {
    }

    public SubmissionException(string message)
        : base(message)
    {
    }

    public SubmissionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
