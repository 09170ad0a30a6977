using System.Text.RegularExpressions;

namespace Looper.Conformance.Tests.Traceability;

/// <summary>Keep the tag vocabulary (the stage prefix, the extension and ignore tags) in the traits owner and in data only.</summary>
public sealed partial class TagVocabularyTests
{
    /// <summary>Folders never scanned: build output, and the traits owner, which is the one place allowed to spell the tags.</summary>
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "artifacts", "TestResults", "node_modules"];

    [Test]
    public void No_code_outside_the_traits_owner_spells_a_stage_tag_or_the_extension_or_ignore_tag()
    {
        var traits = RepositoryFiles.PathOf(Path.Combine("tests", "Looper.Conformance", "Traits"));
        var files = SourceFiles(new DirectoryInfo(RepositoryFiles.Root), traits).ToList();
        var leftovers = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: file, Number: index + 1, Line: line)))
            .Where(entry => !IsComment(entry.Line) && TagLiteral().IsMatch(entry.Line))
            .Select(entry => $"{Path.GetRelativePath(RepositoryFiles.Root, entry.File)}:{entry.Number}: {entry.Line.Trim()}")
            .ToList();

        files.ShouldContain(file => file.EndsWith("GradingConfig.cs", StringComparison.Ordinal), "the scan should reach the grader's code");
        files.ShouldContain(file => file.EndsWith("stage.sh", StringComparison.Ordinal), "the scan should reach the scripts");
        leftovers.ShouldBeEmpty("read stages, the extension and ignore marks through Looper.Conformance.Traits (ScenarioTraits, StageCatalog) instead");
    }

    /// <summary>Gets the .cs and .sh files of the repository's code: test projects (whose feature snippets are data) and the traits owner left out.</summary>
    private static IEnumerable<string> SourceFiles(DirectoryInfo folder, string traits)
    {
        foreach (var file in folder.EnumerateFiles().Where(file => file.Extension is ".cs" or ".sh"))
        {
            yield return file.FullName;
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (SkippedFolders.Contains(child.Name, StringComparer.Ordinal) || child.Name.EndsWith(".Tests", StringComparison.Ordinal)
                || Path.TrimEndingDirectorySeparator(child.FullName) == Path.TrimEndingDirectorySeparator(traits))
            {
                continue;
            }

            foreach (var file in SourceFiles(child, traits))
            {
                yield return file;
            }
        }
    }

    private static bool IsComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('#') || trimmed.StartsWith('*');
    }

    [GeneratedRegex("stage-|\"extension\"|\"ignore\"")]
    private static partial Regex TagLiteral();
}
