namespace Looper.Grading.Running;

/// <summary>
/// Find the runner, <c>Looper.Grading.Runner.dll</c>, that the grader starts in a child process.
/// </summary>
public static class RunnerLocation
{
    /// <summary>The runner's file name.</summary>
    public const string FileName = "Looper.Grading.Runner.dll";

    /// <summary>Gets the runner beside the running application, where projects that reference the runner project get a copy.</summary>
    /// <returns>The runner's full path.</returns>
    /// <exception cref="InvalidOperationException">It is not there.</exception>
    public static string Beside()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"The grading runner {FileName} is missing from {AppContext.BaseDirectory}. Build the project that grades (it must reference tools/Looper.Grading.Runner).");
    }
}
