namespace Looper.Packaging.Tests.Packing;

/// <summary>Find the repository's root folder from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Tell whether <paramref name="folder"/> lies inside the repository, where its Directory.*.props files would apply.</summary>
    public static bool Contains(string folder)
    {
        var relative = System.IO.Path.GetRelativePath(Path, System.IO.Path.GetFullPath(folder));
        return !relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative);
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Looper.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Looper.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
