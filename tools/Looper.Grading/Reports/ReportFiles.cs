using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Name the files the reports go to, any of them optional, and write them.
/// </summary>
/// <param name="Gradescope">Where Gradescope's <c>results.json</c> goes.</param>
/// <param name="Exercism">Where Exercism's <c>results.json</c> goes.</param>
/// <param name="JUnit">Where the JUnit XML goes.</param>
/// <param name="Markdown">Where the Markdown summary goes.</param>
public sealed record ReportFiles(string? Gradescope, string? Exercism, string? JUnit, string? Markdown)
{
    /// <summary>The file name of Gradescope's results in a reports folder.</summary>
    public const string GradescopeName = "gradescope-results.json";

    /// <summary>The file name of Exercism's results in a reports folder.</summary>
    public const string ExercismName = "exercism-results.json";

    /// <summary>The file name of the JUnit XML in a reports folder.</summary>
    public const string JUnitName = "junit.xml";

    /// <summary>The file name of the Markdown summary in a reports folder.</summary>
    public const string MarkdownName = "summary.md";

    /// <summary>Gets no files at all.</summary>
    public static ReportFiles None { get; } = new(null, null, null, null);

    /// <summary>Gets every report, in <paramref name="folder"/> under the standard names.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files.</returns>
    public static ReportFiles InFolder(string folder) => new(
        Path.Combine(folder, GradescopeName),
        Path.Combine(folder, ExercismName),
        Path.Combine(folder, JUnitName),
        Path.Combine(folder, MarkdownName));

    /// <summary>Gets these files, each replaced by <paramref name="other"/>'s where it names one.</summary>
    /// <param name="other">The files that win.</param>
    /// <returns>The combined files.</returns>
    public ReportFiles Overridden(ReportFiles other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(other.Gradescope ?? Gradescope, other.Exercism ?? Exercism, other.JUnit ?? JUnit, other.Markdown ?? Markdown);
    }

    /// <summary>Write every report named, creating folders as needed.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether learner-facing reports show hidden scenarios in full.</param>
    /// <returns>The files written.</returns>
    public IReadOnlyList<string> Write(Scorecard card, bool showHidden)
    {
        var written = new List<string>();
        void Save(string? path, Func<string> content)
        {
            if (path is null)
            {
                return;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, content());
            written.Add(path);
        }

        Save(Gradescope, () => GradescopeResults.Write(card));
        Save(Exercism, () => ExercismResults.Write(card, showHidden));
        Save(JUnit, () => JUnitReport.Write(card, showHidden));
        Save(Markdown, () => MarkdownSummary.Write(card, showHidden));
        return written;
    }
}
