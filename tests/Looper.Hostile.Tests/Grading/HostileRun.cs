namespace Looper.Hostile.Tests;

/// <summary>The test run's own temporary folder and fake secrets, shared by every case.</summary>
[SetUpFixture]
public sealed class HostileRun
{
    private static readonly Lazy<string> RootFolder = new(() => Directory.CreateTempSubdirectory("looper-hostile-").FullName);

    /// <summary>Gets the test run's folder: the grader's install and one folder per grading.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>Gets a fake hidden-scenario token, put in the grader's environment as the classroom workflow would.</summary>
    public static string HiddenToken { get; } = "hst-fake-" + Guid.NewGuid().ToString("N");

    /// <summary>Gets a fake secret of some other kind, also in the grader's environment.</summary>
    public static string OtherSecret { get; } = "sk-fake-" + Guid.NewGuid().ToString("N");

    /// <summary>Remove the test run's folder.</summary>
    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (RootFolder.IsValueCreated)
        {
            try
            {
                Directory.Delete(RootFolder.Value, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
                // Same as above.
            }
        }
    }
}
