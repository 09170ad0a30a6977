using Looper.Grading.Submissions;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Locating;

public sealed class SubmissionLocatorTests
{
    private static readonly string Root = RepositoryFiles.Root;

    [Test]
    public void No_path_means_the_reference_implementation()
    {
        var submission = SubmissionLocator.Locate(null, Root);

        submission.Kind.ShouldBe(SubmissionKind.Reference);
        Path.GetFileName(submission.Path).ShouldBe("Looper.Reference.dll");
    }

    [Test]
    public void A_folder_with_one_project_is_that_project_named_after_the_folder()
    {
        var submission = SubmissionLocator.Locate("tests/Looper.Grading.Tests/Submissions/stub", Root);

        submission.ShouldBe(new Submission(
            "stub",
            Path.Combine("tests", "Looper.Grading.Tests", "Submissions", "stub"),
            SubmissionKind.Project,
            RepositoryFiles.PathOf("tests/Looper.Grading.Tests/Submissions/stub/Stub.csproj"),
            RepositoryFiles.PathOf("tests/Looper.Grading.Tests/Submissions/stub")));
    }

    [Test]
    public void A_project_file_or_a_built_assembly_is_taken_as_it_is()
    {
        SubmissionLocator.Locate("reference-impl/Looper.Reference/Looper.Reference.csproj", Root).Kind.ShouldBe(SubmissionKind.Project);
        SubmissionLocator.Locate(typeof(ILooper).Assembly.Location, Root).Kind.ShouldBe(SubmissionKind.Assembly);
    }

    [Test]
    public void A_folder_whose_projects_are_one_level_down_grades_the_one_that_is_not_a_test_project()
    {
        var starter = RepositoryFiles.PathOf("katas/starter");
        Assume.That(Directory.Exists(starter), "The kata starter is not in this clone.");

        Path.GetFileName(SubmissionLocator.Locate(starter, Root).Path).ShouldBe("Looper.Kata.csproj");
    }

    [Test]
    public async Task A_folder_with_no_project_but_a_builds_output_is_that_built_assembly()
    {
        var output = Path.GetDirectoryName(await GradedSubmissions.BuiltAssemblyAsync(GradedSubmissions.Stub))!;

        var submission = SubmissionLocator.Locate(output, Root);

        submission.Kind.ShouldBe(SubmissionKind.Assembly);
        Path.GetFileName(submission.Path).ShouldBe("Stub.dll");
    }

    [Test]
    public void A_missing_path_is_refused()
    {
        var problem = Should.Throw<GradingProblemException>(() => SubmissionLocator.Locate("no/such/submission", Root));

        problem.Problem.ShouldBe(GradingProblem.SubmissionNotFound);
        problem.Message.ShouldBe($"'{Path.Combine("no", "such", "submission")}' does not exist. Check the path of the submission.");
    }

    [Test]
    public void A_folder_with_no_project_is_refused()
    {
        var problem = Should.Throw<GradingProblemException>(() => SubmissionLocator.Locate("grading/hidden", Root));

        problem.Message.ShouldStartWith($"'{Path.Combine("grading", "hidden")}' holds no project (.csproj)");
    }

    [Test]
    public void A_folder_with_several_projects_is_refused_with_their_names_and_a_hint_at_batch_mode()
    {
        var problem = Should.Throw<GradingProblemException>(() => SubmissionLocator.Locate("tests/Looper.Grading.Tests/Submissions", Root));

        problem.Message.ShouldContain("holds 9 projects");
        problem.Message.ShouldContain(Path.Combine("stub", "Stub.csproj"));
        problem.Message.ShouldContain("--batch");
    }

    [Test]
    public void A_file_that_is_neither_project_nor_assembly_is_refused()
    {
        Should.Throw<GradingProblemException>(() => SubmissionLocator.Locate("grading/grading.json", Root))
            .Message.ShouldContain("is neither a folder, a project file nor a built assembly");
    }

    [Test]
    public void A_batch_is_every_folder_inside_the_batch_folder_in_name_order()
    {
        SubmissionLocator.BatchFolders("tests/Looper.Grading.Tests/Submissions", Root).Select(Path.GetFileName)
            .ShouldBe(["agreement-suites", "broken", "crashing", "hanging", "hanging-tostring", "hostile", "stub", "two-implementations", "warning"]);
    }
}
