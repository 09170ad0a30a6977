using Looper.Testing;
using Looper.Grading.Batch;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Batch;

/// <summary>Hold the compliance matrix of the test submissions (plus a folder with no project) to approved files.</summary>
public sealed class ComplianceMatrixTests
{
    [Test]
    public async Task The_Markdown_matrix_matches_the_approved_file() =>
        Approval.Verify(MatrixMarkdown.Write(await MatrixAsync()), $"{GoldenFiles.Folder}/batch.matrix-markdown.approved.txt");

    [Test]
    public async Task The_HTML_matrix_matches_the_approved_file() =>
        Approval.Verify(MatrixHtml.Write(await MatrixAsync()), $"{GoldenFiles.Folder}/batch.matrix-html.approved.txt");

    [Test]
    public async Task Stage_columns_come_in_stage_order_with_the_hidden_pack_last()
    {
        var matrix = await MatrixAsync();

        matrix.Stages.ShouldBe(["stage-1", "stage-2", "stage-6", "hidden"]);
    }

    private static async Task<ComplianceMatrix> MatrixAsync()
    {
        // Grade them side by side: the hanging one mostly waits, and the broken one builds.
        var cards = await Task.WhenAll(GradedSubmissions.Golden.Select(GradedSubmissions.GoldenCardAsync));
        var entries = GradedSubmissions.Golden.Zip(cards, (name, card) => new BatchEntry(name, card, null)).ToList();
        entries.Add(new BatchEntry("empty", null, "'empty' holds no project (.csproj), neither at its top nor one folder down."));
        return ComplianceMatrix.Of(entries, GradedSubmissions.GoldenCatalog, "0.0.0-golden", showHidden: false);
    }
}
