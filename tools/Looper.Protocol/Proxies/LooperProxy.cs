using Looper.Protocol.Peering;

namespace Looper.Protocol.Proxies;

/// <summary>A looper the other side owns: each member is a call (spec/protocol.md, <c>looper.*</c>).</summary>
/// <param name="session">The session.</param>
internal sealed class LooperProxy(Session session) : ILooper
{
    /// <inheritdoc/>
    public void AddTask(IEnumerator<Future> coroutine) => session.Call(Operations.LooperAdd, this, coroutine);

    /// <inheritdoc/>
    public Future? GetTask(IEnumerator<Future> coroutine) => (Future?)session.Call(Operations.LooperGet, this, coroutine);

    /// <inheritdoc/>
    public void KillTask(IEnumerator<Future> coroutine) => session.Call(Operations.LooperKill, this, coroutine);

    /// <inheritdoc/>
    public void RunUntilComplete() => session.Call(Operations.LooperRun, this);
}
