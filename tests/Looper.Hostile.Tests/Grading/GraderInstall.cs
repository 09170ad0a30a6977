using System.Security.Cryptography;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Hostile.Tests;

/// <summary>
/// A private copy of the grader (the build output of tools/Looper.Cli), made once per test run, so a case that did reach
/// the grader's files would damage only this copy, and its fingerprint would show it.
/// </summary>
internal static class GraderInstall
{
    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>Gets the folder of the copy; <c>looper.dll</c> is in it.</summary>
    public static string Folder => Installed.Value;

    /// <summary>Gets the grader's entry assembly in the copy.</summary>
    public static string Looper => Path.Combine(Folder, "looper.dll");

    /// <summary>Gets the hash of every file below <paramref name="folder"/>, by relative path.</summary>
    public static SortedDictionary<string, string> Fingerprint(string folder)
    {
        var prints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            prints[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(stream));
        }

        return prints;
    }

    private static string Install()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var built = RepositoryFiles.PathOf($"tools/Looper.Cli/bin/{configuration}/net10.0");
        File.Exists(Path.Combine(built, "looper.dll")).ShouldBeTrue($"the grader should have been built to {built}; build tests/Looper.Hostile.Tests first");
        var folder = Path.Combine(HostileRun.Root, "install");
        Copy(built, folder);
        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
