using System.Text.RegularExpressions;
using Looper.Conformance.Bridge;

namespace Looper.Conformance.Tests.Traceability;

/// <summary>Keep <c>spec/coverage.md</c> true: one row per sentence of sections 1 to 10, in order, each naming scenarios that exist and check it, or saying why none does.</summary>
public sealed partial class SpecCoverageTableTests
{
    private static readonly Lazy<IReadOnlyList<CoverageRow>> Rows = new(() =>
        CoverageTable.Parse(File.ReadAllText(RepositoryFiles.PathOf(CoverageTable.RelativePath))));

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> ScenarioTags = new(() =>
        FeatureCatalog.Features.SelectMany(feature => feature.Scenarios)
            .SelectMany(scenario => scenario.Tags.Where(tag => tag.StartsWith("sc-", StringComparison.Ordinal)).Select(id => (Id: id, scenario.Tags)))
            .GroupBy(entry => entry.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)[.. group.SelectMany(entry => entry.Tags).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal));

    [Test]
    public void The_table_has_one_row_for_each_sentence_of_sections_1_to_10_in_the_order_of_the_spec()
    {
        var sentences = SpecSentences.Of(File.ReadAllText(RepositoryFiles.PathOf("spec/looper-spec.md"))).Select(sentence => $"{sentence.Owner} | {sentence.Text}").ToList();
        var rows = Rows.Value.Select(row => $"{row.Owner} | {row.Sentence}").ToList();

        sentences.Except(rows).ShouldBeEmpty($"These sentences of spec/looper-spec.md have no row in {CoverageTable.RelativePath}: add a row for each, with the scenarios that check it or why none does.");
        rows.Except(sentences).ShouldBeEmpty($"These rows of {CoverageTable.RelativePath} match no sentence of spec/looper-spec.md any more: update or remove them.");
        rows.ShouldBe(sentences, $"The rows of {CoverageTable.RelativePath} must follow the order of the spec.");
    }

    [Test]
    public void Every_row_names_scenarios_or_says_why_none_checks_the_sentence() =>
        Rows.Value.Where(row => row.CheckedBy.Count == 0 && row.Reason.Length == 0).Select(Describe)
            .ShouldBeEmpty($"Each row of {CoverageTable.RelativePath} needs scenario IDs, or \"{CoverageTable.NotChecked}\" and a reason.");

    [Test]
    public void Every_scenario_the_table_names_exists() =>
        Rows.Value.SelectMany(row => row.CheckedBy.Where(id => !ScenarioTags.Value.ContainsKey(id)).Select(id => $"{Describe(row)}: {id}"))
            .ShouldBeEmpty("These scenario IDs are in no feature file; fix the ID or the row.");

    [Test]
    public void A_scenario_named_for_a_requirement_is_tagged_with_it_or_with_a_requirement_the_sentence_names()
    {
        var untagged = Rows.Value
            .Where(row => !row.Owner.EndsWith(" intro", StringComparison.Ordinal))
            .SelectMany(row => row.CheckedBy
                .Where(id => ScenarioTags.Value.TryGetValue(id, out var tags) && !tags.Intersect(Requirements(row), StringComparer.Ordinal).Any())
                .Select(id => $"{Describe(row)}: {id}"));

        untagged.ShouldBeEmpty("Each scenario named on a requirement's row must carry that requirement's tag, or the tag of a requirement the sentence names; tag the scenario or name another.");
    }

    [Test]
    public void The_parser_splits_sentences_at_their_ends_and_keeps_numbers_and_code_whole()
    {
        var spec = """
            ## 2. Waits (WAIT)

            A wait waits. It checks the clock at 0.5 s and 1.5 s.

            - **WAIT-1** A wait MUST read `TimeProvider.GetUtcNow()` once. Example: stepped in round 1.
              B is first stepped in round 2 (LOOP-2). (Decided.)
              1. Round 1 steps it.

            ## 11. Decisions

            Not audited.
            """;

        SpecSentences.Of(spec).Select(sentence => $"{sentence.Owner}: {sentence.Text}").ShouldBe([
            "2 intro: A wait waits.",
            "2 intro: It checks the clock at 0.5 s and 1.5 s.",
            "WAIT-1: A wait MUST read `TimeProvider.GetUtcNow()` once.",
            "WAIT-1: Example: stepped in round 1.",
            "WAIT-1: B is first stepped in round 2 (LOOP-2).",
            "WAIT-1: Round 1 steps it.",
        ]);
    }

    [Test]
    public void The_parser_reads_scenario_lists_notes_and_reasons()
    {
        var rows = CoverageTable.Parse("""
            | Requirement | Sentence | Checked by |
            | --- | --- | --- |
            | WAIT-1 | One. | sc-wait-01, sc-wait-02 — the first step only |
            | WAIT-1 | Two. | not checked by scenarios: a remark |
            """);

        rows.Select(row => $"{row.Owner} | {row.Sentence} | {string.Join('+', row.CheckedBy)} | {row.Reason}").ShouldBe([
            "WAIT-1 | One. | sc-wait-01+sc-wait-02 | the first step only",
            "WAIT-1 | Two. |  | a remark",
        ]);
    }

    private static IEnumerable<string> Requirements(CoverageRow row) =>
        [row.Owner, .. RequirementIdPattern().Matches(row.Sentence).Select(match => match.Value)];

    private static string Describe(CoverageRow row) => $"line {row.Line} ({row.Owner}: {row.Sentence[..Math.Min(60, row.Sentence.Length)]})";

    [GeneratedRegex(@"\b[A-Z]+-[0-9]+\b")]
    private static partial Regex RequirementIdPattern();
}
