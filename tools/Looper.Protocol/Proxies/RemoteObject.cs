namespace Looper.Protocol.Proxies;

/// <summary>An object of the other side that is no contract type, such as a task's result: only its type name and text cross.</summary>
/// <param name="typeName">The owner's type name.</param>
/// <param name="text">What its <c>ToString</c> gave when it crossed.</param>
internal sealed class RemoteObject(string typeName, string text)
{
    /// <summary>Gets the owner's type name.</summary>
    public string TypeName { get; } = typeName;

    /// <inheritdoc/>
    public override string ToString() => text;
}
