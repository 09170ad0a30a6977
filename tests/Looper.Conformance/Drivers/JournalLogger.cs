using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Capture what an implementation logs, both in a <see cref="FakeLogger"/> and, from Information up, in the event journal.
/// </summary>
public sealed class JournalLogger(FakeLogger inner, EventJournal journal) : ILogger
{
    /// <summary>Gets the captured log records.</summary>
    public FakeLogCollector Collector => inner.Collector;

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (logLevel >= LogLevel.Information)
        {
            journal.Record($"log: {formatter(state, exception)}");
        }
    }
}
