using Looper.Grading.Submissions;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Building;

/// <summary>Prove that a sandboxed build is shown what a submission's MSBuild files reach outside its folder, and never the grader's hidden files.</summary>
public sealed class OutsideFolderTests
{
    [Test]
    public void Projects_a_settings_file_above_the_submission_references_through_its_own_folder_are_shown_with_what_they_reference_in_turn_and_imported_files_with_their_folders()
    {
        using var folder = new TemporaryFolder();
        var outer = Write(folder.Path, "outer/Directory.Build.props",
            """<Project><ItemGroup><ProjectReference Include="$(MSBuildThisFileDirectory)../libs/lib/Lib.csproj" /></ItemGroup></Project>""");
        Write(folder.Path, "libs/lib/Lib.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="../../core/Core.csproj" /></ItemGroup></Project>""");
        var libSettings = Write(folder.Path, "libs/Directory.Build.props", "<Project />");
        Write(folder.Path, "core/Core.csproj", """<Project Sdk="Microsoft.NET.Sdk"><Import Project="$(MSBuildProjectDirectory)/../build/Extra.props" /></Project>""");
        Write(folder.Path, "build/Extra.props", "<Project />");
        var project = Write(folder.Path, "outer/submission/Submission.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        using var scratch = new TemporaryFolder();

        var (_, root) = ScratchCopy.Make(new Submission("submission", project, SubmissionKind.Project, project, Path.GetDirectoryName(project)!), scratch.Path);
        var shown = ScratchCopy.OutsideFolders(root);

        shown.ShouldBe(
            [
                Path.Combine(folder.Path, "build"), Path.Combine(folder.Path, "build", "Extra.props"), Path.Combine(folder.Path, "core"),
                Path.Combine(folder.Path, "libs", "lib"), Path.GetDirectoryName(outer)!, outer, libSettings,
            ],
            ignoreOrder: true);
    }

    [Test]
    public void A_settings_file_imported_from_a_repository_root_that_holds_the_graders_files_stays_shown_though_the_root_is_not()
    {
        using var folder = new TemporaryFolder();
        var rootSettings = Write(folder.Path, "Directory.Build.props", "<Project />");
        var testsSettings = Write(folder.Path, "tests/Directory.Build.props", """<Project><Import Project="$(MSBuildThisFileDirectory)../Directory.Build.props" /></Project>""");
        Write(folder.Path, "tests/Library/Library.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        var secret = Directory.CreateDirectory(Path.Combine(folder.Path, "grading", "hidden")).FullName;
        var project = Write(folder.Path, "submission/Submission.csproj",
            """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="../tests/Library/Library.csproj" /></ItemGroup></Project>""");
        using var scratch = new TemporaryFolder();

        var (_, root) = ScratchCopy.Make(new Submission("submission", project, SubmissionKind.Project, project, Path.GetDirectoryName(project)!), scratch.Path);
        var shown = SubmissionBuilder.ShowableReferences(ScratchCopy.OutsideFolders(root), ["/root", "/home", secret]).ToList();

        shown.ShouldBe([Path.Combine(folder.Path, "tests", "Library"), rootSettings, testsSettings], ignoreOrder: true);
    }

    [Test]
    public void A_path_a_settings_file_cannot_resolve_without_evaluating_it_or_a_file_that_is_not_there_is_not_followed()
    {
        using var folder = new TemporaryFolder();
        Write(folder.Path, "outer/Directory.Build.props",
            """<Project><Import Project="$(MSBuildThisFileDirectory)../lib/None.props" Condition="false" /><ItemGroup><ProjectReference Include="$(SomeRoot)/lib/Lib.csproj" /><ProjectReference Include="../relative/To/Importer.csproj" /></ItemGroup></Project>""");
        Write(folder.Path, "lib/Lib.csproj", "<Project />");
        var project = Write(folder.Path, "outer/submission/Submission.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        using var scratch = new TemporaryFolder();

        var (_, root) = ScratchCopy.Make(new Submission("submission", project, SubmissionKind.Project, project, Path.GetDirectoryName(project)!), scratch.Path);

        ScratchCopy.OutsideFolders(root).ShouldBe([Path.Combine(folder.Path, "outer"), Path.Combine(folder.Path, "outer", "Directory.Build.props")], ignoreOrder: true);
    }

    [Test]
    public void A_reference_into_the_graders_hidden_files_or_around_them_is_not_shown_but_one_inside_a_home_folder_is()
    {
        string[] hidden = ["/root", "/home", "/opt/grader", "/srv/class/hidden"];
        string[] referenced = ["/home/runner/work/class/spec/Looper.Contract", "/opt/grader/lib", "/opt/grader", "/srv/class", "/srv/class/hidden/pack", "/srv/class/spec", "/opt"];

        SubmissionBuilder.ShowableReferences(referenced, hidden).ShouldBe(["/home/runner/work/class/spec/Looper.Contract", "/srv/class/spec"]);
    }

    private static string Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
