using System.Globalization;
using System.Text;

namespace Looper.Grading.Reports;

/// <summary>
/// Make text a submission produced safe for every report: the grader's environment values removed, characters XML cannot
/// hold replaced, lone surrogates replaced, and the length capped. The one owner of the reports' size limits.
/// </summary>
/// <remarks>
/// The value of every variable of the grader's environment that is at least <see cref="SecretMinimumLength"/> characters
/// long, or whose name looks like a secret (<c>TOKEN</c>, <c>SECRET</c>, <c>KEY</c>, <c>PASSWORD</c>, …) and is at least 3
/// characters long, becomes <see cref="ScrubNotice"/>: a submission's code runs with an empty environment, but no report
/// may carry an environment value however it got there.
/// Control characters other than tab, line feed and carriage return become <c>\u0001</c>-style escapes, so a reader sees
/// what was there; a lone surrogate becomes U+FFFD. A cut text ends with <see cref="CutNotice"/>.
/// </remarks>
public static class SafeText
{
    /// <summary>How many characters of one scenario's message (or of the outcome message) reports keep.</summary>
    public const int MessageLimit = 8_000;

    /// <summary>How many characters of one scenario's output reports keep, whatever the grading config allows.</summary>
    public const int OutputLimit = 8_000;

    /// <summary>How many characters of the runner process's own output reports keep, whatever the grading config allows.</summary>
    public const int ProcessOutputLimit = 64_000;

    /// <summary>How many characters one report file may hold; a longer one is written again with messages cut to <see cref="CompactMessageLimit"/>.</summary>
    public const int ReportLimit = 4_000_000;

    /// <summary>How many characters of each message a report over <see cref="ReportLimit"/> keeps on its second writing.</summary>
    public const int CompactMessageLimit = 500;

    /// <summary>How long an environment value must be to be scrubbed whatever its name.</summary>
    public const int SecretMinimumLength = 6;

    /// <summary>What stands in a report for an environment value.</summary>
    public const string ScrubNotice = "[environment value removed]";

    private static readonly string[] SecretNames = ["TOKEN", "SECRET", "KEY", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH", "PRIVATE"];

    private static readonly Lazy<string[]> EnvironmentValues = new(() => ValuesToScrub(
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(entry => new KeyValuePair<string, string>((string)entry.Key, entry.Value as string ?? string.Empty))));

    /// <summary>What a cut text ends with.</summary>
    public const string CutNotice = "… [cut by the grader]";

    /// <summary>Replace what no report can hold and cut to <paramref name="limit"/> characters.</summary>
    /// <param name="text">The text, possibly <see langword="null"/>.</param>
    /// <param name="limit">How many characters to keep, the notice included.</param>
    /// <returns>The safe text; <see langword="null"/> for <see langword="null"/>.</returns>
    public static string? Clean(string? text, int limit = MessageLimit)
    {
        if (text is null)
        {
            return null;
        }

        text = Scrub(text, EnvironmentValues.Value);
        var cut = text.Length > limit;
        var kept = cut ? text[..Math.Max(limit - CutNotice.Length, 0)] : text;
        if (!NeedsRepair(kept))
        {
            return cut ? kept + CutNotice : kept;
        }

        var builder = new StringBuilder(kept.Length + 16);
        for (var index = 0; index < kept.Length; index++)
        {
            var character = kept[index];
            if (char.IsHighSurrogate(character) && index + 1 < kept.Length && char.IsLowSurrogate(kept[index + 1]))
            {
                builder.Append(character).Append(kept[++index]);
            }
            else if (char.IsSurrogate(character) || character is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
            {
                builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        // Escapes make the text longer; cut again so the limit holds.
        var repaired = builder.ToString();
        if (repaired.Length > (cut ? limit - CutNotice.Length : limit))
        {
            repaired = repaired[..Math.Max(limit - CutNotice.Length, 0)];
            cut = true;
            if (repaired.Length > 0 && char.IsHighSurrogate(repaired[^1]))
            {
                repaired = repaired[..^1];
            }
        }

        return cut ? repaired + CutNotice : repaired;
    }

    /// <summary>Choose which environment values to scrub, longest first.</summary>
    /// <param name="environment">The variables, by name.</param>
    /// <returns>The values.</returns>
    internal static string[] ValuesToScrub(IEnumerable<KeyValuePair<string, string>> environment) =>
        [.. environment
            .Where(variable => (variable.Value.Trim().Length >= SecretMinimumLength && !IsPath(variable.Value.Trim()))
                || (variable.Value.Trim().Length >= 3 && SecretNames.Any(name => variable.Key.Contains(name, StringComparison.OrdinalIgnoreCase))))
            .Select(variable => variable.Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length)];

    /// <summary>Tell whether a value names a folder or file that exists (such as the current folder): a place, not a secret, unless its name says so.</summary>
    private static bool IsPath(string value)
    {
        try
        {
            return Path.IsPathFullyQualified(value) && (Directory.Exists(value) || File.Exists(value));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Replace every one of <paramref name="values"/> in <paramref name="text"/> by <see cref="ScrubNotice"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="values">The values, longest first.</param>
    /// <returns>The text without them.</returns>
    internal static string Scrub(string text, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, ScrubNotice, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static bool NeedsRepair(string text)
    {
        foreach (var character in text)
        {
            if (char.IsSurrogate(character) || character is '\uFFFE' or '\uFFFF' || (char.IsControl(character) && character is not ('\t' or '\n' or '\r')))
            {
                return true;
            }
        }

        return false;
    }
}
