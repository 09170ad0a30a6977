using System.Collections.ObjectModel;
using Looper.Grading.Scenarios;

namespace Looper.Grading.Configuration;

/// <summary>
/// Hold what a grading run may change: points per stage and per scenario, the hidden pack, time limits and output caps.
/// </summary>
public sealed record GradingConfig
{
    /// <summary>The visibility Gradescope gives hidden scenarios unless the config says otherwise.</summary>
    public const string DefaultHiddenVisibility = "after_due_date";

    /// <summary>The Gradescope visibility values a config may name.</summary>
    public static readonly IReadOnlyList<string> Visibilities = ["hidden", "after_due_date", "after_published", "visible"];

    /// <summary>Gets the built-in config: the tag points below, no hidden pack, 10 s per scenario, 10,000 calls into the suite per scenario, 10 minutes per run.</summary>
    public static GradingConfig Default { get; } = new();

    /// <summary>The tag of optional extension scenarios, worth no points unless the config says otherwise.</summary>
    public const string ExtensionTag = Looper.Conformance.Traits.ScenarioTraits.ExtensionTag;

    /// <summary>Gets the points a passed scenario earns, by tag: stage tags (later stages weigh more), and other tags such as <c>extension</c>, which win over the stage's.</summary>
    /// <remarks>The stages and their built-in points are those of the suite's stage catalog (the table of spec section 13).</remarks>
    public IReadOnlyDictionary<string, double> TagPoints { get; init; } = BuiltInTagPoints();

    /// <summary>Gets the points of single scenarios, by scenario ID or key, which win over their stage's points.</summary>
    public IReadOnlyDictionary<string, double> ScenarioPoints { get; init; } = new ReadOnlyDictionary<string, double>(new Dictionary<string, double>(StringComparer.Ordinal));

    /// <summary>Gets the points of a scenario whose stage has none listed.</summary>
    public double DefaultPoints { get; init; } = 1;

    /// <summary>Gets the folder of the hidden pack, or <see langword="null"/> for none.</summary>
    public string? HiddenDirectory { get; init; }

    /// <summary>Gets the Gradescope visibility of hidden scenarios: <c>hidden</c>, <c>after_due_date</c> or <c>after_published</c>.</summary>
    public string HiddenVisibility { get; init; } = DefaultHiddenVisibility;

    /// <summary>Gets how long one scenario may run before it is reported as timed out.</summary>
    public TimeSpan ScenarioTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets how many calls into the suite one scenario may take before the step budget stops it, however slow or fast they come.</summary>
    public int StepBudget { get; init; } = Looper.Conformance.Drivers.StepBudget.DefaultLimit;

    /// <summary>Gets how long the whole suite may run against one submission; scenarios not reached by then are skipped.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets how long building one submission may take.</summary>
    public TimeSpan BuildTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets how many characters of what a submission prints during one scenario are kept.</summary>
    public int ScenarioOutputLimit { get; init; } = 2_000;

    /// <summary>Gets how many characters of what the submission's process writes outside scenarios (and when it dies) are kept.</summary>
    public int ProcessOutputLimit { get; init; } = 16_000;

    /// <summary>Gets how many times the runner is started again, on the scenarios left, after it crashed or hung.</summary>
    public int Relaunches { get; init; } = 5;

    /// <summary>Gets the file the config was read from, or <see langword="null"/> for the built-in one.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Gets the points a passed scenario earns: its own entry, else its first tag with points that is not a stage tag, else its stage's, else <see cref="DefaultPoints"/>.</summary>
    /// <param name="key">The scenario's key.</param>
    /// <param name="id">The scenario's ID.</param>
    /// <param name="tags">The scenario's tags, its stage tag among them.</param>
    /// <returns>The points.</returns>
    public double PointsFor(string key, string id, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (ScenarioPoints.TryGetValue(key, out var byKey) || ScenarioPoints.TryGetValue(id, out byKey))
        {
            return byKey;
        }

        foreach (var tag in tags.Where(tag => !StageCatalog.TryParseTag(tag, out _)))
        {
            if (TagPoints.TryGetValue(tag, out var byTag))
            {
                return byTag;
            }
        }

        foreach (var tag in tags.Where(tag => StageCatalog.TryParseTag(tag, out _)))
        {
            if (TagPoints.TryGetValue(tag, out var byStage))
            {
                return byStage;
            }
        }

        return DefaultPoints;
    }

    /// <summary>Build the built-in points: each stage of the suite's catalog weighs the points of its row of the spec's stage table; optional extensions weigh nothing.</summary>
    private static ReadOnlyDictionary<string, double> BuiltInTagPoints()
    {
        var points = Looper.Conformance.Traits.StageCatalog.All.ToDictionary(stage => stage.Tag, stage => stage.Points, StringComparer.Ordinal);
        points[ExtensionTag] = 0;
        return new ReadOnlyDictionary<string, double>(points);
    }
}
