using Looper.Protocol.Peering;

namespace Looper.Protocol.Proxies;

/// <summary>Make the delegate that stands for a callback the other side owns (spec/protocol.md, <c>callback.invoke</c>).</summary>
internal static class CallbackProxy
{
    /// <summary>Make the delegate; each invocation is a call.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The delegate.</returns>
    public static Func<object?> Create(Session session)
    {
        Func<object?>? self = null;
        self = () => session.Call(Operations.CallbackInvoke, self);
        return self;
    }
}
