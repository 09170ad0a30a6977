using System.Globalization;
using Looper.Conformance.Drivers;
using Microsoft.Extensions.Logging;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Check what the implementation logged (spec LOG).
/// </summary>
[Binding]
internal sealed class LogSteps(LooperDriver driver)
{
    private CultureInfo? _savedCulture;

    /// <summary>Check the lines logged at Information or above, in order, with their levels.</summary>
    [Then(@"^the log lines at Information or above were, in order:$")]
    public void Lines(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        driver.Verdict.Sequence(
            "the log lines at Information or above",
            [.. Records(LogLevel.Information).Select(record => $"{record.Level}: {record.Message}")],
            [.. table.Rows.Select(row => $"{row["level"]}: {row["message"]}")]);
    }

    /// <summary>Check one line was logged at a level, as many times as said.</summary>
    [Then(@"^""([^""]*)"" was logged at (Trace|Debug|Information|Warning|Error|Critical) (once|twice)$")]
    public void LoggedTimes(string message, string level, string times) =>
        driver.Verdict.Equal(
            $"how many times \"{message}\" was logged at {level}",
            Records(LogLevel.Trace).Count(record => record.Message == message && record.Level == Enum.Parse<LogLevel>(level)),
            times == "once" ? 1 : 2);

    /// <summary>Check nothing was logged at Warning or above (spec LOG-4).</summary>
    [Then(@"^nothing was logged at Warning or above$")]
    public void NothingAboveInformation() =>
        driver.Verdict.Sequence(
            "the log lines at Warning or above",
            [.. Records(LogLevel.Warning).Select(record => $"{record.Level}: {record.Message}")],
            []);

    /// <summary>Check an Error line carries the exception a coroutine threw (spec LOG-3).</summary>
    [Then(@"^an Error was logged with the exception ""([^""]*)""$")]
    public void ErrorWithException(string message) =>
        driver.Verdict.Equal(
            "the exceptions attached to Error log lines",
            string.Join(", ", Records(LogLevel.Error).Select(record => Verdict.Show(record.Exception))),
            $"ScriptedFailureException: {message}");

    /// <summary>Run the rest of the scenario under another culture (spec LOG-1).</summary>
    [Given(@"^the current culture is ""([^""]+)""$")]
    public void Culture(string name)
    {
        _savedCulture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>Put the culture back after a scenario that changed it.</summary>
    [AfterScenario]
    public void RestoreCulture()
    {
        if (_savedCulture is not null)
        {
            CultureInfo.CurrentCulture = _savedCulture;
        }
    }

    private IEnumerable<Microsoft.Extensions.Logging.Testing.FakeLogRecord> Records(LogLevel atLeast) =>
        driver.Logger.Collector.GetSnapshot().Where(record => record.Level >= atLeast);
}
