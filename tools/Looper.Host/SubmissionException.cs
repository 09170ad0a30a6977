namespace Looper.Host;

/// <summary>The submission cannot be served: no such file, no implementation, or several.</summary>
internal sealed class SubmissionException : Exception
{
    /// <summary>Gets the host's exit code for this problem.</summary>
    public int ExitCode { get; init; } = HostProgram.UnusableSubmission;

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
