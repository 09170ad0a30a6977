using Looper.Grading.Reports;
using Looper.Grading.Submissions;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Building;

/// <summary>Prove that builds judge code, not the console: warnings never fail them, and the submission's folder is only read.</summary>
public sealed class ScratchBuildTests
{
    [Test]
    public async Task Two_correct_submissions_with_a_warning_in_read_only_folders_built_side_by_side_get_full_marks_and_nothing_is_written_into_them()
    {
        // Each submission has a CS0168 warning and sets TreatWarningsAsErrors; its folder and files are read-only. Both reference
        // the contract's project, which each sandboxed build compiles into its own scratch folder, so the two builds run at once.
        using var folder = new TemporaryFolder();
        List<string> submissions = [StandaloneSubmission.Write(Path.Combine(folder.Path, "read-only")), StandaloneSubmission.Write(Path.Combine(folder.Path, "read-only-too"))];
        submissions.ForEach(StandaloneSubmission.MakeReadOnly);
        var before = submissions.Select(StandaloneSubmission.Listing).ToList();

        var reports = await Task.WhenAll(submissions.Select(submission => GradedSubmissions.Grader.GradeAsync(
            SubmissionLocator.Locate(submission, folder.Path), GradedSubmissions.GoldenCatalog, GradedSubmissions.Config, CancellationToken.None)));

        foreach (var report in reports)
        {
            report.Outcome.ShouldBe(GradeOutcome.Graded, report.OutcomeMessage);
            Grading.Scoring.ScoreModel.Score(report, GradedSubmissions.Config).FullMarks.ShouldBeTrue();
        }

        for (var index = 0; index < submissions.Count; index++)
        {
            StandaloneSubmission.Listing(submissions[index]).ShouldBe(before[index], $"{submissions[index]} should be unchanged");
        }
    }

    [Test]
    public void A_scratch_copy_points_references_outside_the_folder_at_the_originals_and_leaves_build_output_behind()
    {
        using var scratch = new TemporaryFolder();
        var submission = SubmissionLocator.Locate(Path.Combine(GradedSubmissions.SubmissionsFolder, GradedSubmissions.Warning), RepositoryFiles.Root);

        var (project, root) = ScratchCopy.Make(submission, scratch.Path);

        File.Exists(project).ShouldBeTrue();
        Directory.Exists(Path.Combine(root, "bin")).ShouldBeFalse();
        Directory.Exists(Path.Combine(root, "obj")).ShouldBeFalse();
        File.ReadAllText(project).ShouldContain(RepositoryFiles.PathOf("spec/Looper.Contract/Looper.Contract.csproj"));
        File.ReadAllText(Path.Combine(scratch.Path, "source", "Directory.Build.props"))
            .ShouldContain(Path.Combine(GradedSubmissions.SubmissionsFolder, "Directory.Build.props"));
    }
}
