using Looper.Protocol.Wire;

namespace Looper.Remote;

/// <summary>A host ended, or broke the protocol, before it said hello: its exit code and last error output say why.</summary>
public sealed class HostStartException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HostStartException"/> class.</summary>
    public HostStartException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostStartException"/> class.</summary>
    /// <param name="message">What happened.</param>
    public HostStartException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostStartException"/> class.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The broken channel.</param>
    public HostStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostStartException"/> class.</summary>
    /// <param name="exitCode">The host's exit code, or null when it still ran.</param>
    /// <param name="errorOutput">The tail of its standard error.</param>
    /// <param name="channel">The broken channel.</param>
    internal HostStartException(int? exitCode, string errorOutput, ChannelBrokenException channel)
        : base(channel.Message, channel)
    {
        ExitCode = exitCode;
        ErrorOutput = errorOutput;
    }

    /// <summary>Gets the host's exit code (spec/protocol.md section 2), or null when it did not end on its own.</summary>
    public int? ExitCode { get; }

    /// <summary>Gets the tail of what the host wrote to its standard error.</summary>
    public string ErrorOutput { get; } = string.Empty;
}
