using System.IO.Compression;
using Looper.Packaging.Tests.Commands;
using Looper.Packaging.Tests.Packing;

namespace Looper.Packaging.Tests;

/// <summary>
/// The template hands out the starter as committed, carries the features, and can be installed again after packing again.
/// </summary>
public sealed partial class PackagedSuiteTests
{
    private const string StarterFile = "katas/starter/Looper.Kata/KataLooperImplementation.cs";

    [Test]
    public async Task The_template_takes_the_committed_starter_and_features_never_the_working_trees_edits()
    {
        // A clone where someone rehearsed the kata: an edited stub and a new file, neither committed.
        var clone = Path.Combine(Release.WorkFolder, "rehearsal-clone");
        var cloned = await ChildCommand.RunAsync("git", ["clone", "--quiet", RepositoryRoot.Path, clone], Release.WorkFolder);
        cloned.ExitCode.ShouldBe(0, cloned.Describe());
        var committedStarter = await File.ReadAllTextAsync(Path.Combine(clone, StarterFile));
        await File.AppendAllTextAsync(Path.Combine(clone, StarterFile), "// the stage-2 answer, rehearsed\n");
        await File.WriteAllTextAsync(Path.Combine(clone, "katas/starter/Looper.Kata/Answer.cs"), "namespace Looper.Kata;\n");
        var packages = Path.Combine(Release.WorkFolder, "rehearsal-packages");
        Directory.CreateDirectory(packages);
        foreach (var id in (string[])["Looper.Contract", "Looper.Conformance"])
        {
            File.Copy(Release.PathOf(id), Path.Combine(packages, Path.GetFileName(Release.PathOf(id))));
        }

        var pack = await ChildCommand.RunAsync(
            "bash",
            [Path.Combine(clone, "tools", "packaging", "pack.sh"), "--template-only", "--version", Release.Version,
             "--output", packages, "--build-dir", Path.Combine(Release.WorkFolder, "rehearsal-build")],
            clone);

        pack.ExitCode.ShouldBe(0, pack.Describe());
        pack.Output.ShouldContain("uncommitted changes; the template leaves them out", Case.Sensitive, pack.Describe());
        using var template = ZipFile.OpenRead(Path.Combine(packages, $"Looper.Kata.Templates.{Release.Version}.nupkg"));
        var entries = template.Entries.ToDictionary(entry => entry.FullName, StringComparer.Ordinal);
        entries.ShouldNotContainKey("content/looper-kata/katas/starter/Looper.Kata/Answer.cs");
        using (var starter = new StreamReader(entries[$"content/looper-kata/{StarterFile}"].Open()))
        {
            (await starter.ReadToEndAsync()).ShouldBe(committedStarter, "the template's starter should be the committed one");
        }

        var features = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "features"), "*.feature").Select(Path.GetFileName);
        features.Where(feature => !entries.ContainsKey($"content/looper-kata/tests/features/{feature}"))
            .ShouldBeEmpty("the template should carry every feature, so a learner can look a scenario ID up");
    }

    [Test]
    public async Task Installing_the_template_again_after_packing_again_works()
    {
        var store = Path.Combine(Release.WorkFolder, "reinstall-store");
        var script = Path.Combine(RepositoryRoot.Path, "tools", "packaging", "install-template.sh");
        foreach (var attempt in (int[])[1, 2])
        {
            var install = await ChildCommand.RunAsync(
                "bash", [script, Release.PathOf("Looper.Kata.Templates"), "--debug:custom-hive", store], Release.WorkFolder);
            install.ExitCode.ShouldBe(0, $"install {attempt}: {install.Describe()}");
        }

        var kata = Path.Combine(Release.WorkFolder, "reinstalled-kata");
        var create = await ChildCommand.RunAsync(
            "dotnet", ["new", "looper-kata", "-o", kata, "--debug:custom-hive", store], Release.WorkFolder);

        create.ExitCode.ShouldBe(0, create.Describe());
        File.Exists(Path.Combine(kata, StarterFile)).ShouldBeTrue(create.Describe());
    }
}
