namespace Looper.Grading.Tests.Fixtures;

/// <summary>Name the folder of the grader's approved (golden) reports.</summary>
internal static class GoldenFiles
{
    /// <summary>The folder, relative to the repository's root.</summary>
    public const string Folder = "tests/Looper.Grading.Tests/Golden";
}
