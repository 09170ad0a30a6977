namespace Looper.Grading.Tests.Fixtures;

/// <summary>Compare text with an approved (golden) file kept in the repository, writing what was received beside it when they differ.</summary>
internal static class Approval
{
    public const string Folder = "tests/Looper.Grading.Tests/Golden";

    public static void Verify(string received, string approvedName)
    {
        var approvedRelativePath = $"{Folder}/{approvedName}";
        var approvedPath = RepositoryFiles.PathOf(approvedRelativePath);
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
}
