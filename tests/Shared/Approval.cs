using Shouldly;

namespace Looper.Testing;

/// <summary>Compare text with an approved file kept in the repository, writing what was received beside it when they differ.</summary>
/// <remarks>One copy, compiled into every test project that approves text (linked from <c>tests/Shared</c>).</remarks>
internal static class Approval
{
    /// <summary>Fail unless <paramref name="received"/> matches the approved file, line endings and trailing blank lines aside.</summary>
    /// <param name="received">The text produced.</param>
    /// <param name="approvedRelativePath">The approved file, relative to the repository's root, such as <c>tests/X/Case.approved.txt</c>.</param>
    public static void Verify(string received, string approvedRelativePath)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(approvedRelativePath);
        var approvedPath = Path.Combine(Root.Value, approvedRelativePath);
        var receivedPath = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        var normalised = received.ReplaceLineEndings("\n").TrimEnd() + "\n";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (normalised == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised);
        normalised.ShouldBe(
            approved,
            $"The text differs from {approvedRelativePath}. Review {Path.GetFileName(receivedPath)} beside it; if the change is intended, copy it over the approved file and commit both the change and the file.");
    }

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Looper.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Looper.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    });
}
