using System.Collections;
using Looper.Protocol.Peering;

namespace Looper.Protocol.Proxies;

/// <summary>A coroutine the other side owns: each step and the disposal are calls (spec/protocol.md, <c>coroutine.step</c>, <c>coroutine.dispose</c>).</summary>
/// <param name="session">The session.</param>
internal sealed class CoroutineProxy(Session session) : IEnumerator<Future>
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
}
