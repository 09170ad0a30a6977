namespace Looper.Protocol.Wire;

/// <summary>The protocol channel is gone: the other process ended, or it sent something that is not a valid frame.</summary>
/// <remarks>Every call pending or made after the break throws this; a judge marks the scenario errored.</remarks>
public sealed class ChannelBrokenException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ChannelBrokenException"/> class.</summary>
    public ChannelBrokenException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ChannelBrokenException"/> class.</summary>
    /// <param name="message">What broke and what to do.</param>
    public ChannelBrokenException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ChannelBrokenException"/> class.</summary>
    /// <param name="message">What broke and what to do.</param>
    /// <param name="innerException">The failure that broke it.</param>
    public ChannelBrokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
