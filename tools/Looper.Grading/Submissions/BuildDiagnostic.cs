using System.Globalization;
using System.Text.RegularExpressions;

namespace Looper.Grading.Submissions;

/// <summary>
/// Hold one error of a build, its path relative to the submission.
/// </summary>
/// <param name="File">The file, relative to the submission's folder, or <see langword="null"/> for a project-level error.</param>
/// <param name="Line">The line, if known.</param>
/// <param name="Column">The column, if known.</param>
/// <param name="Code">The error code, such as <c>CS1002</c>.</param>
/// <param name="Message">The compiler's message.</param>
public sealed partial record BuildDiagnostic(string? File, int? Line, int? Column, string Code, string Message)
{
    /// <summary>Write the error the way compilers do: <c>File.cs(3,5): error CS1002: ; expected</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var where = File is null ? string.Empty
            : Line is null ? $"{File}: "
            : string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): ");
        return $"{where}error {Code}: {Message}";
    }

    /// <summary>Read the errors out of an MSBuild log, making paths relative to <paramref name="root"/> and dropping repeats.</summary>
    /// <param name="log">The log's text.</param>
    /// <param name="root">The submission's folder.</param>
    /// <returns>The errors, in the order first seen.</returns>
    public static IReadOnlyList<BuildDiagnostic> ParseLog(string log, string root)
    {
        ArgumentNullException.ThrowIfNull(log);
        var seen = new HashSet<BuildDiagnostic>();
        var errors = new List<BuildDiagnostic>();
        foreach (var line in log.ReplaceLineEndings("\n").Split('\n'))
        {
            var match = ErrorPattern().Match(line.Trim());
            if (!match.Success)
            {
                continue;
            }

            var file = match.Groups["file"].Success && match.Groups["file"].Value.Length > 0 ? Relative(match.Groups["file"].Value.Trim(), root) : null;
            var diagnostic = new BuildDiagnostic(
                file,
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : null,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : null,
                match.Groups["code"].Value,
                MakeRelative(match.Groups["message"].Value.Trim(), root));
            if (seen.Add(diagnostic))
            {
                errors.Add(diagnostic);
            }
        }

        return errors;
    }

    /// <summary>Replace the submission's folder in <paramref name="text"/> by nothing, so paths read as relative ones.</summary>
    /// <param name="text">The text.</param>
    /// <param name="root">The submission's folder.</param>
    /// <returns>The text with relative paths.</returns>
    public static string MakeRelative(string text, string root)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(root);
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return text.Replace(prefix, string.Empty, StringComparison.Ordinal);
    }

    private static string Relative(string file, string root) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(root, file).Replace('\\', '/') : file;

    [GeneratedRegex(@"^(?:(?<file>(?:[A-Za-z]:)?[^:(]*?)(?:\((?<line>[0-9]+)(?:,(?<column>[0-9]+))?(?:,[0-9]+,[0-9]+)?\))?\s*:\s*)?error\s+(?<code>[A-Za-z]+[0-9]*)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?$")]
    private static partial Regex ErrorPattern();
}
