using Looper.Protocol.Peering;

namespace Looper.Protocol.Proxies;

/// <summary>An idle sleeper the other side owns (spec/protocol.md, <c>sleeper.sleepUntil</c>).</summary>
/// <param name="session">The session.</param>
internal sealed class SleeperProxy(Session session) : IIdleSleeper
{
    /// <inheritdoc/>
    public void SleepUntil(DateTimeOffset wakeAt) => session.Call(Operations.SleeperSleepUntil, this, wakeAt);
}
