namespace Looper.Katas.Tests;

/// <summary>Compare text with an approved file of the repository; when they differ, write the received text beside it for review.</summary>
internal static class Approval
{
    public static void Verify(string received, string approvedRelativePath)
    {
        var approvedPath = RepositoryFiles.PathOf(approvedRelativePath);
        var receivedPath = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        var text = received.ReplaceLineEndings("\n").TrimEnd() + "\n";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (text == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text);
        text.ShouldBe(
            approved,
            $"The text differs from {approvedRelativePath}. Review {Path.GetFileName(receivedPath)} beside it; if the change is intended, copy it over the approved file.");
    }
}
