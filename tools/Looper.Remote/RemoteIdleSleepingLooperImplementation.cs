using Looper.Protocol.Peering;
using Microsoft.Extensions.Logging;

namespace Looper.Remote;

/// <summary>A remote implementation whose host said, at <c>session.open</c>, that it has the idle-sleep extension (spec IDLE).</summary>
public class RemoteIdleSleepingLooperImplementation : RemoteLooperImplementation, IIdleSleepExtension
{
    /// <summary>Initializes a new instance of the <see cref="RemoteIdleSleepingLooperImplementation"/> class.</summary>
    /// <param name="connection">The judge's end of a host's channel.</param>
    internal RemoteIdleSleepingLooperImplementation(Connection connection)
        : base(connection)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RemoteIdleSleepingLooperImplementation"/> class on a session already open.</summary>
    /// <param name="session">The session.</param>
    internal RemoteIdleSleepingLooperImplementation(Session session)
        : base(session)
    {
    }

    /// <inheritdoc/>
    public ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper) =>
        (ILooper)Session.Call(Operations.CreateIdleSleepingLooper, timeProvider, logger, sleeper)!;
}
