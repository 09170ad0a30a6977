using Looper.Protocol.Peering;
using Microsoft.Extensions.Logging;

namespace Looper.Remote;

/// <summary>An implementation that lives in a host process: every looper, wait and wrapper it makes is a proxy of the host's object (spec/protocol.md).</summary>
/// <remarks>Each instance opens its own session, so the host makes a new implementation instance for it, as the suite does in process.</remarks>
public class RemoteLooperImplementation : ILooperImplementation, IDisposable
{
    private readonly Lazy<Session> _session;

    /// <summary>Initializes a new instance of the <see cref="RemoteLooperImplementation"/> class.</summary>
    /// <param name="connection">The judge's end of a host's channel (see <see cref="HostProcess.Connection"/>); shared by many instances, each in its own session.</param>
    internal RemoteLooperImplementation(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        _session = new Lazy<Session>(() => connection.OpenSession().Session, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Initializes a new instance of the <see cref="RemoteLooperImplementation"/> class on a session already open.</summary>
    /// <param name="session">The session, opened by <see cref="Open"/>.</param>
    internal RemoteLooperImplementation(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Connection = session.Connection;
        _session = new Lazy<Session>(session);
    }

    /// <summary>Open a session and make the implementation that fits it: <see cref="RemoteIdleSleepingLooperImplementation"/> when the host's implementation has the idle-sleep extension.</summary>
    /// <param name="connection">The judge's end of a host's channel.</param>
    /// <returns>The implementation; dispose it to close its session.</returns>
    /// <exception cref="Protocol.Wire.ChannelBrokenException">The channel is broken.</exception>
    /// <remarks>An exception the implementation's constructor threw is thrown here, as the host's answer to <c>session.open</c>.</remarks>
    internal static RemoteLooperImplementation Open(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (session, idleSleep) = connection.OpenSession();
        return idleSleep ? new RemoteIdleSleepingLooperImplementation(session) : new RemoteLooperImplementation(session);
    }

    /// <summary>Gets the judge's end of the host's channel.</summary>
    internal Connection Connection { get; }

    /// <summary>Gets this instance's session, opening it on first use.</summary>
    internal Session Session => _session.Value;

    /// <inheritdoc/>
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) =>
        (ILooper)Session.Call(Operations.CreateLooper, timeProvider, logger)!;

    /// <inheritdoc/>
    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) =>
        (IEnumerator<Future>)Session.Call(Operations.CreateWait, duration, timeProvider, logger)!;

    /// <inheritdoc/>
    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        (IEnumerator<Future>)Session.Call(Operations.CreateWaitWrapper, callback, duration, looper, timeProvider, logger)!;

    /// <summary>Close this instance's session; the host drops its objects. The host process itself stays.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Close the session when disposing.</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _session.IsValueCreated)
        {
            Connection.CloseSession(_session.Value);
        }
    }
}
