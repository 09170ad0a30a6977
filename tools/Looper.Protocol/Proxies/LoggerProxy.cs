using Looper.Protocol.Peering;
using Microsoft.Extensions.Logging;

namespace Looper.Protocol.Proxies;

/// <summary>A logger the other side owns: the message is formatted here and sent with its level, event and exception (spec/protocol.md, <c>logger.*</c>).</summary>
/// <param name="session">The session.</param>
internal sealed class LoggerProxy(Session session) : ILogger
{
    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => (bool)session.Call(Operations.LoggerEnabled, this, (int)logLevel)!;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        session.Call(Operations.LoggerLog, this, (int)logLevel, eventId.Id, eventId.Name, formatter(state, exception), exception);
    }
}
