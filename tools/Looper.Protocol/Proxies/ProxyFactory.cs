using Looper.Protocol.Peering;
using Looper.Protocol.Values;

namespace Looper.Protocol.Proxies;

/// <summary>Make the local stand-in of an object the other side owns, by the kind its handle names.</summary>
internal static class ProxyFactory
{
    /// <summary>Make a proxy.</summary>
    /// <param name="session">The session the handle belongs to.</param>
    /// <param name="kind">The handle's kind.</param>
    /// <param name="equalTo">The owner's handle of the first object it gave out that equals this one (spec/protocol.md PROTO-21).</param>
    /// <param name="type">The owner's type name, when given.</param>
    /// <param name="text">The exception's message or the object's text, when given.</param>
    /// <returns>The proxy, or null for an unknown kind.</returns>
    public static object? Create(Session session, string kind, long equalTo, string? type, string? text) => kind switch
    {
        ObjectKind.Coroutine => new CoroutineProxy(session, equalTo),
        ObjectKind.Looper => new LooperProxy(session),
        ObjectKind.Clock => new ClockProxy(session),
        ObjectKind.Logger => new LoggerProxy(session),
        ObjectKind.Sleeper => new SleeperProxy(session),
        ObjectKind.Callback => CallbackProxy.Create(session),
        ObjectKind.Exception => RemoteException.Create(type ?? nameof(Exception), text ?? string.Empty),
        ObjectKind.Object => new RemoteObject(type ?? "object", text ?? type ?? "object"),
        _ => null,
    };
}
