using System.Globalization;
using System.Text.RegularExpressions;
using Reqnroll;

namespace Looper.Conformance.Steps;

/// <summary>
/// Read the values scenarios write: statuses, results, yes/no marks, lists of names, scripts.
/// </summary>
internal static partial class GherkinValues
{
    public static FutureStatus Status(string text) =>
        Enum.TryParse<FutureStatus>(text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var status)
            ? status
            : throw new FormatException($"'{text}' is not a status; use Pending, InProgress, Finished or Failed.");

    public static bool Mark(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" => true,
        "no" or "false" or "" => false,
        _ => throw new FormatException($"'{text}' is not a mark; use yes or no."),
    };

    /// <summary>Read a result cell: empty or <c>nothing</c> is null, <c>1.5 seconds</c> a time span, anything else a string.</summary>
    public static object? Result(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "nothing")
        {
            return null;
        }

        var seconds = SecondsPattern().Match(trimmed);
        if (seconds.Success)
        {
            return Seconds(seconds.Groups["n"].Value);
        }

        var ticks = TicksPattern().Match(trimmed);
        if (ticks.Success)
        {
            return TimeSpan.FromTicks(long.Parse(ticks.Groups["n"].Value, CultureInfo.InvariantCulture));
        }

        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1] : trimmed;
    }

    /// <summary>Read a number of seconds exactly, down to the clock's tick of 100 ns, such as <c>4.9999999</c>.</summary>
    public static TimeSpan Seconds(string number) =>
        TimeSpan.FromTicks((long)(decimal.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));

    /// <summary>Read a list of quoted names such as <c>"A", "B" and "C"</c>.</summary>
    public static IReadOnlyList<string> Names(string text) =>
        [.. QuotedPattern().Matches(text).Select(match => match.Groups[1].Value)];

    /// <summary>Read the rows of a two-column table with no meaningful header: field, value.</summary>
    public static IReadOnlyList<(string Field, string Value)> Fields(DataTable table)
    {
        var rows = new List<(string, string)> { (table.Header.ElementAt(0), table.Header.ElementAt(1)) };
        rows.AddRange(table.Rows.Select(row => (row[0], row[1])));
        return rows;
    }

    /// <summary>Read the rows of a one-column table, below its header.</summary>
    public static IReadOnlyList<string> Column(DataTable table) =>
        [.. table.Rows.Select(row => row[0])];

    /// <summary>Read the future a two-column table of fields describes; fields left out keep the value they have in <paramref name="actual"/>, so they are not checked.</summary>
    public static Future Future(Future actual, DataTable table)
    {
        var expected = actual;
        foreach (var (field, value) in Fields(table))
        {
            expected = field switch
            {
                "status" => expected with { Status = Status(value) },
                "result" => expected with { Result = Result(value) },
                "kill" => expected with { Kill = Mark(value) },
                "paused" => expected with { Paused = Mark(value) },
                _ => throw new FormatException($"'{field}' is not a field of a future; use status, result, kill or paused."),
            };
        }

        return expected;
    }

    public static string Cell(DataTableRow row, string column) =>
        row.ContainsKey(column) ? row[column] : string.Empty;

    [GeneratedRegex(@"^(?<n>-?[0-9]+(\.[0-9]+)?) seconds?$")]
    private static partial Regex SecondsPattern();

    [GeneratedRegex(@"^(?<n>[0-9]+) ticks?$")]
    private static partial Regex TicksPattern();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedPattern();
}
