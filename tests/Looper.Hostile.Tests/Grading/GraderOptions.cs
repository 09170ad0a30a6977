namespace Looper.Hostile.Tests;

/// <summary>The options every grading of a hostile case gets.</summary>
internal static class GraderOptions
{
    /// <summary>Gets the options that make grading without a sandbox an error.</summary>
    public static string[] Required { get; } = ["--require-sandbox"];
}
