namespace Looper.Katas.Tests;

/// <summary>Find files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath)).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Looper.sln")) && Directory.Exists(Path.Combine(folder.FullName, "katas")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Looper.sln with a katas folder above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
