using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests;

/// <summary>Remove the builds this test run kept for reuse once every test has run.</summary>
[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void RemoveBuilds()
    {
        try
        {
            Directory.Delete(GradedSubmissions.Builds, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
