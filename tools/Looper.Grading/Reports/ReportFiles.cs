using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Name the files the reports go to, any of them optional, and write them.
/// </summary>
/// <param name="Gradescope">Where Gradescope's <c>results.json</c> goes.</param>
/// <param name="Exercism">Where Exercism's <c>results.json</c> goes.</param>
/// <param name="JUnit">Where the JUnit XML goes.</param>
/// <param name="Markdown">Where the Markdown summary goes.</param>
/// <param name="Classroom">Where GitHub Classroom's autograding result (the JSON its reporter reads) goes.</param>
public sealed record ReportFiles(string? Gradescope, string? Exercism, string? JUnit, string? Markdown, string? Classroom = null)
{
    /// <summary>The file name of Gradescope's results in a reports folder.</summary>
    public const string GradescopeName = "gradescope-results.json";

    /// <summary>The file name of Exercism's results in a reports folder.</summary>
    public const string ExercismName = "exercism-results.json";

    /// <summary>The file name of the JUnit XML in a reports folder.</summary>
    public const string JUnitName = "junit.xml";

    /// <summary>The file name of the Markdown summary in a reports folder.</summary>
    public const string MarkdownName = "summary.md";

    /// <summary>The file name of GitHub Classroom's autograding result in a reports folder.</summary>
    public const string ClassroomName = "classroom-results.json";

    /// <summary>Gets no files at all.</summary>
    public static ReportFiles None { get; } = new(null, null, null, null);

    /// <summary>Gets every report, in <paramref name="folder"/> under the standard names.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files.</returns>
    public static ReportFiles InFolder(string folder) => new(
        Path.Combine(folder, GradescopeName),
        Path.Combine(folder, ExercismName),
        Path.Combine(folder, JUnitName),
        Path.Combine(folder, MarkdownName),
        Path.Combine(folder, ClassroomName));

    /// <summary>Gets these files, each replaced by <paramref name="other"/>'s where it names one.</summary>
    /// <param name="other">The files that win.</param>
    /// <returns>The combined files.</returns>
    public ReportFiles Overridden(ReportFiles other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(other.Gradescope ?? Gradescope, other.Exercism ?? Exercism, other.JUnit ?? JUnit, other.Markdown ?? Markdown, other.Classroom ?? Classroom);
    }

    /// <summary>Write every report named, creating folders as needed; one that cannot be written never stops the others.</summary>
    /// <remarks>
    /// Every report is written from <see cref="ReportSafety.Safe"/>'s copy of the card, so what a submission printed or threw
    /// cannot make a report invalid. A report longer than <see cref="SafeText.ReportLimit"/> characters is written again from
    /// <see cref="ReportSafety.Compact"/>'s copy, with every message cut to <see cref="SafeText.CompactMessageLimit"/>.
    /// </remarks>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether learner-facing reports show hidden scenarios in full.</param>
    /// <returns>One entry per file named: written, or why not.</returns>
    public IReadOnlyList<WrittenReport> Write(Scorecard card, bool showHidden) => Write(card, Writers(showHidden));

    /// <summary>Write the reports with the given writers, one per file named; used by tests to make one writer fail.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="writers">The writer of each file, by path.</param>
    /// <returns>One entry per file: written, or why not.</returns>
    internal static IReadOnlyList<WrittenReport> Write(Scorecard card, IReadOnlyList<(string? Path, Func<Scorecard, string> Render)> writers)
    {
        var safe = ReportSafety.Safe(card);
        var results = new List<WrittenReport>();
        foreach (var (path, render) in writers)
        {
            if (path is null)
            {
                continue;
            }

            try
            {
                var content = render(safe);
                if (content.Length > SafeText.ReportLimit)
                {
                    content = render(ReportSafety.Compact(safe));
                }

                var folder = Path.GetDirectoryName(Path.GetFullPath(path));
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(path, content);
                results.Add(new WrittenReport(path, null));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One report that cannot be written must not cost the others (or a batch) theirs.
                results.Add(new WrittenReport(path, $"{exception.GetType().Name}: {exception.Message}"));
            }
        }

        return results;
    }

    private List<(string? Path, Func<Scorecard, string> Render)> Writers(bool showHidden) =>
    [
        (Gradescope, card => GradescopeResults.Write(card, showHidden)),
        (Exercism, card => ExercismResults.Write(card, showHidden)),
        (JUnit, card => JUnitReport.Write(card, showHidden)),
        (Markdown, card => MarkdownSummary.Write(card, showHidden)),
        (Classroom, card => ClassroomResults.Write(card, showHidden)),
    ];
}

/// <summary>
/// Say whether one report file was written.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Error">Why it was not written, or <see langword="null"/> when it was.</param>
public sealed record WrittenReport(string Path, string? Error)
{
    /// <summary>Gets a value indicating whether the file was written.</summary>
    public bool Succeeded => Error is null;
}
