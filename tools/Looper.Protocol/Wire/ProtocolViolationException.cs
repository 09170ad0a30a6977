namespace Looper.Protocol.Wire;

/// <summary>The other side sent something spec/protocol.md does not allow.</summary>
internal sealed class ProtocolViolationException : Exception
{
    public ProtocolViolationException()
    {
    }

    public ProtocolViolationException(string message)
        : base(message)
    {
    }

    public ProtocolViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
