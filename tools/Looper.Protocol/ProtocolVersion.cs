namespace Looper.Protocol;

/// <summary>The version of spec/protocol.md this code speaks.</summary>
internal static class ProtocolVersion
{
    /// <summary>The only version there is so far.</summary>
    public const int Current = 1;
}
