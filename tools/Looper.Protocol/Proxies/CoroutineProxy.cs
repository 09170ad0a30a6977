using System.Collections;
using Looper.Protocol.Peering;

namespace Looper.Protocol.Proxies;

/// <summary>A coroutine the other side owns: each step and the disposal are calls (spec/protocol.md, <c>coroutine.step</c>, <c>coroutine.dispose</c>).</summary>
/// <remarks>Two proxies are equal when their owner found the objects equal when they first crossed, so a looper that compares coroutines by equality rather than identity behaves as it would in process (spec/protocol.md PROTO-21).</remarks>
/// <param name="session">The session.</param>
/// <param name="equalTo">The owner's handle of the first coroutine it gave out that equals this one.</param>
internal sealed class CoroutineProxy(Session session, long equalTo) : IEnumerator<Future>
{
    private Future _current;

    /// <inheritdoc/>
    public Future Current => _current;

    object IEnumerator.Current => _current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        var step = (Future?)session.Call(Operations.CoroutineStep, this);
        _current = step ?? default;
        return step.HasValue;
    }

    /// <inheritdoc/>
    public void Reset() => throw new NotSupportedException("A coroutine cannot be reset; make a new one.");

    /// <inheritdoc/>
    public void Dispose() => session.Call(Operations.CoroutineDispose, this);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj) || (obj is CoroutineProxy other && other.Session == session && other.EqualTo == equalTo);

    /// <inheritdoc/>
    public override int GetHashCode() => equalTo.GetHashCode();

    private Session Session => session;

    private long EqualTo => equalTo;
}
