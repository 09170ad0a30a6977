using System.Text.RegularExpressions;
using Looper.Conformance.Bridge;
using Looper.Conformance.Hints;

namespace Looper.Katas.Tests;

/// <summary>
/// Keep the kata's documents in step with the suite: the hints failure messages quote, the spec IDs of each stage, and every path and scenario the documents name.
/// </summary>
public sealed partial class KataDocsTests
{
    private static readonly string[] Documents =
    [
        "katas/README.md",
        "katas/FACILITATOR.md",
        "katas/exemplars/README.md",
        .. StageHints.All.SelectMany(hint => new[] { $"katas/stages/{hint.Folder}/instructions.md", $"katas/stages/{hint.Folder}/hints.md" }),
    ];

    [Test]
    public void Every_stage_folder_belongs_to_a_stage_and_has_instructions_and_hints()
    {
        var folders = Directory.GetDirectories(RepositoryFiles.PathOf("katas/stages")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        folders.ShouldBe(StageHints.All.Select(hint => hint.Folder));
        foreach (var hint in StageHints.All)
        {
            File.Exists(RepositoryFiles.PathOf($"katas/stages/{hint.Folder}/instructions.md")).ShouldBeTrue(hint.Folder);
            File.Exists(RepositoryFiles.PathOf($"katas/stages/{hint.Folder}/hints.md")).ShouldBeTrue(hint.Folder);
        }
    }

    [Test]
    public void The_hint_in_failure_messages_is_hint_1_of_the_stage_and_hints_are_numbered_in_order()
    {
        foreach (var hint in StageHints.All)
        {
            var lines = RepositoryFiles.Read($"katas/stages/{hint.Folder}/hints.md").Split('\n');
            lines.ShouldContain($"1. {hint.Text}", customMessage: hint.Folder);

            var numbers = lines.Select(line => NumberedLine().Match(line)).Where(match => match.Success).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            numbers.ShouldBe(Enumerable.Range(1, numbers.Count()), customMessage: hint.Folder);
        }
    }

    [Test]
    public void Each_stage_lists_the_requirement_IDs_that_section_13_of_the_spec_gives_it()
    {
        var stages = StagesOfSpec();

        stages.Keys.ShouldBe(StageHints.All.Select(hint => hint.Stage));
        foreach (var hint in StageHints.All)
        {
            var idsLine = RepositoryFiles.Read($"katas/stages/{hint.Folder}/instructions.md")
                .Split("\n\n")
                .Single(paragraph => paragraph.StartsWith("**Spec IDs:**", StringComparison.Ordinal));
            var listed = RequirementId().Matches(idsLine).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

            stages[hint.Stage].Where(id => !listed.Contains(id)).ShouldBeEmpty($"{hint.Folder}/instructions.md misses IDs that spec section 13 gives stage {hint.Stage}");
        }
    }

    [Test]
    public void Every_path_the_documents_name_exists()
    {
        foreach (var document in Documents)
        {
            var text = RepositoryFiles.Read(document);
            foreach (var path in RepositoryPath().Matches(text).Select(match => match.Value.TrimEnd('.', ',', ')', ':')))
            {
                (File.Exists(RepositoryFiles.PathOf(path)) || Directory.Exists(RepositoryFiles.PathOf(path))).ShouldBeTrue($"{document} names {path}, which does not exist");
            }
        }
    }

    [Test]
    public void Every_scenario_the_documents_name_exists()
    {
        var scenarioIds = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).SelectMany(scenario => scenario.Tags).ToHashSet(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            foreach (var id in ScenarioId().Matches(RepositoryFiles.Read(document)).Select(match => match.Value))
            {
                scenarioIds.ShouldContain(id, $"{document} names {id}");
            }
        }
    }

    [Test]
    public void Every_code_block_marked_with_a_file_shows_that_file_as_it_is_compiled()
    {
        var blocks = 0;
        foreach (var document in Documents)
        {
            foreach (Match match in FileBlock().Matches(RepositoryFiles.Read(document)))
            {
                blocks++;
                var path = match.Groups["path"].Value;
                match.Groups["code"].Value.ShouldBe(RepositoryFiles.Read(path).TrimEnd('\n'), $"{document} shows {path}");
            }
        }

        blocks.ShouldBeGreaterThan(0);
    }

    private static Dictionary<int, string[]> StagesOfSpec()
    {
        var spec = RepositoryFiles.Read("spec/looper-spec.md");
        var section = spec[spec.IndexOf("## 13. Stages", StringComparison.Ordinal)..];
        return StageRow().Matches(section).ToDictionary(
            match => int.Parse(match.Groups["stage"].Value, System.Globalization.CultureInfo.InvariantCulture),
            match => RequirementId().Matches(match.Groups["ids"].Value).Select(id => id.Value).ToArray());
    }

    [GeneratedRegex(@"^(\d+)\. ")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\b[A-Z]+-[0-9]+\b")]
    private static partial Regex RequirementId();

    [GeneratedRegex(@"^\| stage-(?<stage>[0-9]+) \|[^|]*\|(?<ids>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex StageRow();

    [GeneratedRegex(@"(?<![\w/.<-])(?:katas|spec|tests|reference-impl)/[A-Za-z0-9_./-]*[A-Za-z0-9_]")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"<!-- file: (?<path>[^ ]+) -->\n```[a-z]*\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex FileBlock();

    [GeneratedRegex(@"\bsc-[a-z]+-[0-9]{2}\b")]
    private static partial Regex ScenarioId();
}
