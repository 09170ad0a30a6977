namespace Looper.Sandbox;

/// <summary>No sandbox can be had on this machine; the message says why and how to get one.</summary>
public sealed class SandboxUnavailableException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SandboxUnavailableException"/> class.</summary>
    public SandboxUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SandboxUnavailableException"/> class.</summary>
    /// <param name="message">Why there is no sandbox.</param>
    public SandboxUnavailableException(string message)
        : base($"No sandbox: {message}. Grading would run the submission unsandboxed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SandboxUnavailableException"/> class.</summary>
    /// <param name="message">Why there is no sandbox.</param>
    /// <param name="innerException">The cause.</param>
    public SandboxUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
