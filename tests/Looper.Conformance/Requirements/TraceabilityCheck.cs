using System.Text.RegularExpressions;
using Looper.Conformance.Bridge;

namespace Looper.Conformance.Requirements;

/// <summary>
/// Check that the spec and the features point at each other: every requirement covered, every tag known, every scenario identified once.
/// </summary>
public static partial class TraceabilityCheck
{
    /// <summary>List every way the features and the spec fail to match; an empty list means they match.</summary>
    /// <param name="requirements">The spec's requirements by ID.</param>
    /// <param name="features">The compiled features.</param>
    /// <returns>One sentence per problem, naming the scenario or requirement concerned.</returns>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, Requirement> requirements, IEnumerable<CompiledFeature> features)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(features);
        var problems = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var scenarioIds = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var scenario in features.SelectMany(feature => feature.Scenarios))
        {
            var where = $"{scenario.Feature.Path}: \"{scenario.Name}\"";
            var requirementTags = scenario.Tags.Where(RequirementCatalog.IsRequirementTag).ToList();
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

            if (scenario.Tags.Contains("ignore"))
            {
                problems.Add($"{where} is tagged @ignore: fix the scenario or remove it, the suite ships no skipped scenario.");
            }

            CheckScenarioId(scenario, where, scenarioIds, problems);
            var stages = scenario.Tags.Where(tag => StageTagPattern().IsMatch(tag)).Distinct().ToList();
            if (stages.Count != 1)
            {
                problems.Add($"{where} has {stages.Count} stage tags; it needs exactly one, from @stage-1 to @stage-6.");
            }
        }

        problems.AddRange(requirements.Values
            .Where(requirement => requirement.CheckedByScenarios && !covered.Contains(requirement.Id))
            .OrderBy(requirement => requirement.Id, StringComparer.Ordinal)
            .Select(requirement => $"{requirement.Id} is covered by no scenario: tag at least one scenario with @{requirement.Id}."));
        return problems;
    }

    private static void CheckScenarioId(ScenarioCase scenario, string where, Dictionary<string, string> seen, List<string> problems)
    {
        var ids = scenario.Tags.Where(tag => ScenarioIdPattern().IsMatch(tag)).Distinct().ToList();
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

    [GeneratedRegex(@"^sc-[a-z]+-[0-9]{2}$")]
    private static partial Regex ScenarioIdPattern();

    [GeneratedRegex(@"^stage-[1-6]$")]
    private static partial Regex StageTagPattern();
}
