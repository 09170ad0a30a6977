using Looper.Conformance.Bridge;
using Looper.Conformance.Traits;

namespace Looper.Conformance.Requirements;

/// <summary>
/// Check that the spec and the features point at each other: every requirement covered, every tag known, every scenario identified once, stage tags matching the stage table.
/// </summary>
internal static class TraceabilityCheck
{
    /// <summary>List every way the features and the spec fail to match; an empty list means they match.</summary>
    /// <param name="requirements">The spec's requirements by ID.</param>
    /// <param name="features">The compiled features.</param>
    /// <returns>One sentence per problem, naming the scenario or requirement concerned.</returns>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, Requirement> requirements, IEnumerable<CompiledFeature> features) =>
        Problems(requirements, StageCatalog.All, features);

    /// <summary>List every way the features, the spec's requirements and its stage table fail to match; an empty list means they match.</summary>
    /// <param name="requirements">The spec's requirements by ID.</param>
    /// <param name="stages">The spec's stage table.</param>
    /// <param name="features">The compiled features.</param>
    /// <returns>One sentence per problem, naming the scenario, requirement or stage concerned.</returns>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, Requirement> requirements, IReadOnlyList<Stage> stages, IEnumerable<CompiledFeature> features)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(features);
        var problems = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var scenarioIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var staged = new HashSet<int>();

        foreach (var scenario in features.SelectMany(feature => feature.Scenarios))
        {
            var where = $"{scenario.Feature.Path}: \"{scenario.Name}\"";
            var requirementTags = scenario.Traits.RequirementIds;
            if (requirementTags.Count == 0)
            {
                problems.Add($"{where} has no requirement tag such as @WAIT-3.");
            }

            foreach (var tag in requirementTags)
            {
                if (requirements.ContainsKey(tag))
                {
                    covered.Add(tag);
                }
                else
                {
                    problems.Add($"{where} is tagged @{tag}, which the spec does not define.");
                }
            }

            if (scenario.Traits.Ignored)
            {
                problems.Add($"{where} is tagged @{ScenarioTraits.IgnoreTag}: fix the scenario or remove it, the suite ships no skipped scenario.");
            }

            CheckScenarioId(scenario, where, scenarioIds, problems);
            CheckStage(scenario, where, stages, problems);
            if (scenario.Traits.Stage is { } stage)
            {
                staged.Add(stage);
            }
        }

        problems.AddRange(stages
            .Where(stage => !staged.Contains(stage.Number))
            .Select(stage => $"Stage {stage.Number} ({stage.Topic}) has no scenario: tag at least one scenario with @{stage.Tag}."));

        problems.AddRange(requirements.Values
            .Where(requirement => requirement.CheckedByScenarios && !covered.Contains(requirement.Id))
            .OrderBy(requirement => requirement.Id, StringComparer.Ordinal)
            .Select(requirement => $"{requirement.Id} is covered by no scenario: tag at least one scenario with @{requirement.Id}."));
        return problems;
    }

    private static void CheckStage(ScenarioCase scenario, string where, IReadOnlyList<Stage> stages, List<string> problems)
    {
        var tagged = scenario.Tags.Where(tag => ScenarioTraits.TryParseStageTag(tag, out _)).Distinct().ToList();
        var range = stages.Count == 0 ? "none: the spec lists no stage" : $"from @{stages[0].Tag} to @{stages[^1].Tag}";
        if (tagged.Count != 1 || scenario.Traits.Stage is not { } stage)
        {
            problems.Add($"{where} has {tagged.Count} stage tags; it needs exactly one, {range}.");
            return;
        }

        if (!stages.Any(known => known.Number == stage))
        {
            problems.Add($"{where} is tagged @{tagged[0]}, a stage spec section 13 does not list; use one {range}.");
            return;
        }

        // Requirements no row lists (such as LOG-4, checked wherever logs appear) do not decide a stage.
        var stagesOfRequirements = scenario.Traits.RequirementIds
            .Select(id => stages.FirstOrDefault(row => row.AllRequirements.Contains(id, StringComparer.Ordinal)))
            .OfType<Stage>()
            .Select(row => row.Number)
            .Distinct()
            .ToList();
        if (stagesOfRequirements.Count > 0 && !stagesOfRequirements.Contains(stage))
        {
            problems.Add($"{where} is tagged @{ScenarioTraits.StageTag(stage)}, but spec section 13 puts the requirements it checks ({string.Join(", ", scenario.Traits.RequirementIds)}) in stage {string.Join(" or ", stagesOfRequirements.Order())}: fix the tag or the stage table.");
        }
    }

    private static void CheckScenarioId(ScenarioCase scenario, string where, Dictionary<string, string> seen, List<string> problems)
    {
        var ids = scenario.Tags.Where(ScenarioTraits.IsWellFormedId).Distinct().ToList();
        if (ids.Count != 1)
        {
            problems.Add($"{where} has {ids.Count} scenario ID tags; it needs exactly one, such as @sc-wait-01.");
            return;
        }

        // Outline examples share their scenario's ID; two different scenarios must not.
        var owner = $"{scenario.Feature.Path}:{scenario.Line}";
        if (seen.TryGetValue(ids[0], out var other) && other != owner)
        {
            problems.Add($"{where} reuses the scenario ID @{ids[0]}.");
        }

        seen.TryAdd(ids[0], owner);
    }
}
