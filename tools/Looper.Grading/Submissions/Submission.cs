namespace Looper.Grading.Submissions;

/// <summary>
/// Describe what is graded: the reference implementation, a project to build, or an assembly already built.
/// </summary>
/// <param name="Name">The name reports use: the folder's, the project's or the assembly's name.</param>
/// <param name="DisplayPath">The path as reports show it, relative to the current folder where possible.</param>
/// <param name="Kind">What the path points at.</param>
/// <param name="Path">The full path of the project file or assembly.</param>
/// <param name="Root">The folder whose paths reports show relative to it.</param>
public sealed record Submission(string Name, string DisplayPath, SubmissionKind Kind, string Path, string Root);

/// <summary>
/// Say what a submission's path points at.
/// </summary>
public enum SubmissionKind
{
    /// <summary>The reference implementation shipped with the grader, already built.</summary>
    Reference,

    /// <summary>A project file the grader builds with <c>dotnet build</c>.</summary>
    Project,

    /// <summary>An assembly that is already built.</summary>
    Assembly,

    /// <summary>A Python looper module (spec/python-binding.md), served by the Python host; nothing to build.</summary>
    Python,
}
