using System.Globalization;
using Looper.Conformance.Bridge;

namespace Looper.Grading.Scenarios;

/// <summary>
/// List every scenario a grading run covers: the suite's own scenarios, then those of the hidden pack, each under a unique key.
/// </summary>
/// <remarks>The parent process and the runner build the same catalog, so a key names the same scenario in both.</remarks>
public sealed class ScenarioCatalog
{
    /// <summary>The tag a hidden scenario carries by convention; every scenario of the hidden pack is hidden whether or not it has it.</summary>
    public const string HiddenTag = "hidden";

    private readonly Dictionary<string, GradedScenario> _byKey;

    private ScenarioCatalog(IReadOnlyList<GradedScenario> scenarios, string? hiddenDirectory)
    {
        Scenarios = scenarios;
        HiddenDirectory = hiddenDirectory;
        _byKey = scenarios.ToDictionary(scenario => scenario.Key, StringComparer.Ordinal);
    }

    /// <summary>Gets every scenario, the suite's first in feature order, then the hidden ones.</summary>
    public IReadOnlyList<GradedScenario> Scenarios { get; }

    /// <summary>Gets the folder the hidden pack was read from, if any.</summary>
    public string? HiddenDirectory { get; }

    /// <summary>Gets how many scenarios come from the hidden pack.</summary>
    public int HiddenCount => Scenarios.Count(scenario => scenario.Hidden);

    /// <summary>Build the catalog of the suite's scenarios plus the hidden pack in <paramref name="hiddenDirectory"/>, if given.</summary>
    /// <param name="hiddenDirectory">A folder of <c>.feature</c> files learners do not see, or <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="GradingProblemException">The hidden pack is missing or malformed.</exception>
    public static ScenarioCatalog Load(string? hiddenDirectory)
    {
        var hidden = hiddenDirectory is null ? [] : HiddenPack.Load(hiddenDirectory);
        return Create(FeatureCatalog.Features, hidden, hiddenDirectory is null ? null : Path.GetFullPath(hiddenDirectory));
    }

    /// <summary>Build the catalog from compiled features.</summary>
    /// <param name="visible">The suite's features.</param>
    /// <param name="hidden">The hidden pack's features.</param>
    /// <param name="hiddenDirectory">Where the hidden pack came from, for reports.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="GradingProblemException">A hidden scenario lacks its ID or stage, names an unknown requirement, or reuses an ID.</exception>
    public static ScenarioCatalog Create(IEnumerable<CompiledFeature> visible, IEnumerable<CompiledFeature> hidden, string? hiddenDirectory)
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(hidden);
        var cases = visible.SelectMany(feature => feature.Scenarios).Select(scenario => (Case: scenario, Hidden: scenario.Traits.Hidden))
            .Concat(hidden.SelectMany(feature => feature.Scenarios).Select(scenario => (Case: scenario, Hidden: true)))
            .ToList();
        foreach (var (scenario, _) in cases.Where(entry => entry.Hidden))
        {
            HiddenPack.Validate(scenario);
        }

        var ids = cases.Select(entry => IdOf(entry.Case)).ToList();
        RejectReusedIds(cases, ids);
        var counts = ids.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var scenarios = new List<GradedScenario>(cases.Count);
        for (var index = 0; index < cases.Count; index++)
        {
            var id = ids[index];
            var occurrence = seen[id] = seen.GetValueOrDefault(id) + 1;
            var key = counts[id] == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}.{occurrence}");
            scenarios.Add(new GradedScenario(key, id, cases[index].Case, cases[index].Case.Traits.Stage, cases[index].Hidden));
        }

        return new ScenarioCatalog(scenarios, hiddenDirectory);
    }

    /// <summary>Find the scenario with <paramref name="key"/>.</summary>
    /// <param name="key">The scenario's key.</param>
    /// <param name="scenario">The scenario, when found.</param>
    /// <returns><see langword="true"/> when the catalog has it.</returns>
    public bool TryFind(string key, out GradedScenario scenario) => _byKey.TryGetValue(key, out scenario!);

    /// <summary>Gets the scenario ID of a compiled scenario: its one <c>@sc-…</c> tag, or its feature path and line when it has none.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The ID.</returns>
    public static string IdOf(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Traits.Id;
    }

    private static void RejectReusedIds(List<(ScenarioCase Case, bool Hidden)> cases, List<string> ids)
    {
        // Examples of one outline share its ID; two different scenarios must not.
        var owners = new Dictionary<string, ScenarioCase>(StringComparer.Ordinal);
        for (var index = 0; index < cases.Count; index++)
        {
            var scenario = cases[index].Case;
            if (owners.TryGetValue(ids[index], out var owner)
                && (owner.Feature.Path != scenario.Feature.Path || owner.Line != scenario.Line))
            {
                throw new GradingProblemException(
                    GradingProblem.BadConfiguration,
                    $"The scenario ID {ids[index]} is used twice: in {owner.Feature.Path} line {owner.Line} and in {scenario.Feature.Path} line {scenario.Line}. Give the hidden scenario an ID of its own, such as @sc-hidden-NN.");
            }

            owners.TryAdd(ids[index], scenario);
        }
    }
}
