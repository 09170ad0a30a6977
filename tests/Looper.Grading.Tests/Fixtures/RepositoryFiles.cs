namespace Looper.Grading.Tests.Fixtures;

/// <summary>Find files of the repository from a test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Looper.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Looper.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
