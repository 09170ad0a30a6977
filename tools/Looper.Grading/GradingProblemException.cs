namespace Looper.Grading;

/// <summary>
/// Signal bad input to the grader, such as a missing submission or a malformed grading config, with a message that says what to do.
/// </summary>
public sealed class GradingProblemException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GradingProblemException"/> class.</summary>
    /// <param name="problem">What kind of input was wrong.</param>
    /// <param name="message">What went wrong and what to do about it.</param>
    public GradingProblemException(GradingProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>Initializes a new instance of the <see cref="GradingProblemException"/> class.</summary>
    /// <param name="problem">What kind of input was wrong.</param>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The error behind it.</param>
    public GradingProblemException(GradingProblem problem, string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>Initializes a new instance of the <see cref="GradingProblemException"/> class.</summary>
    public GradingProblemException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GradingProblemException"/> class.</summary>
    /// <param name="message">The message.</param>
    public GradingProblemException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GradingProblemException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GradingProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets what kind of input was wrong.</summary>
    public GradingProblem Problem { get; } = GradingProblem.SubmissionNotFound;
}

/// <summary>
/// Name the kinds of bad input the grader refuses before grading anything.
/// </summary>
public enum GradingProblem
{
    /// <summary>The submission path does not exist, or holds no project, or holds several.</summary>
    SubmissionNotFound,

    /// <summary>The grading config or the hidden scenario pack is missing or malformed.</summary>
    BadConfiguration,
}
