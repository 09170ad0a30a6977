using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Capture what an implementation logs, both in a <see cref="FakeLogger"/> and, from Information up, in the event journal.
/// </summary>
/// <remarks>Every call counts against the scenario's <see cref="StepBudget"/>, so a loop that only logs is stopped by the budget.</remarks>
internal sealed class JournalLogger(FakeLogger inner, EventJournal journal, StepBudget budget) : ILogger
{
    /// <summary>Gets the captured log records.</summary>
    public FakeLogCollector Collector => inner.Collector;

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        budget.Spend("logger scope");
        return inner.BeginScope(state);
    }

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel)
    {
        budget.Spend("logger check");
        return inner.IsEnabled(logLevel);
    }

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        budget.Spend("log call");
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (logLevel >= LogLevel.Information)
        {
            journal.Record($"log: {formatter(state, exception)}");
        }
    }
}
