using System.Globalization;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Looper.Cli.Logging;

/// <summary>
/// Create <see cref="SpectreLogger"/>s that write to one console and stamp lines with the time since the provider was made.
/// </summary>
/// <param name="console">Where log lines go.</param>
/// <param name="minimumLevel">The lowest level written.</param>
/// <param name="clock">The clock for the time stamp, virtual or real.</param>
public sealed class SpectreLoggerProvider(IAnsiConsole console, LogLevel minimumLevel, TimeProvider clock) : ILoggerProvider
{
    private readonly long _start = clock.GetTimestamp();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new SpectreLogger(console, minimumLevel, () => clock.GetElapsedTime(_start));

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release: the console belongs to the caller.
    }
}

/// <summary>
/// Write each log line as time stamp, level and message through Spectre.Console.
/// </summary>
/// <param name="console">Where log lines go.</param>
/// <param name="minimumLevel">The lowest level written.</param>
/// <param name="elapsed">Read the time to stamp on a line.</param>
public sealed class SpectreLogger(IAnsiConsole console, LogLevel minimumLevel, Func<TimeSpan> elapsed) : ILogger
{
    /// <summary>Format a time since the start of a run, as every line of the tool shows it, for example <c>  3.250s</c>.</summary>
    /// <param name="time">The time since the start.</param>
    /// <returns>Seconds with three decimals, right-aligned in eight characters.</returns>
    public static string FormatStamp(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds,7:0.000}s");

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= minimumLevel;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var (label, style) = Label(logLevel);
        var line = new Paragraph()
            .Append(FormatStamp(elapsed()) + " ", new Style(Color.Grey))
            .Append(label, style)
            .Append(" " + formatter(state, exception));
        if (exception is not null)
        {
            line.Append($" ({exception.GetType().Name})", new Style(Color.Grey));
        }

        console.Write(line);
        console.WriteLine();
    }

    private static (string Label, Style Style) Label(LogLevel logLevel) => logLevel switch
    {
        LogLevel.Trace => ("trce", new Style(Color.Grey)),
        LogLevel.Debug => ("dbug", new Style(Color.Grey)),
        LogLevel.Information => ("info", new Style(Color.Green)),
        LogLevel.Warning => ("warn", new Style(Color.Yellow)),
        LogLevel.Error => ("fail", new Style(Color.Red)),
        _ => ("crit", new Style(Color.White, Color.Red)),
    };
}
