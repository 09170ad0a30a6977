using Looper.Conformance.Traits;

namespace Looper.Grading.Scenarios;

/// <summary>
/// Name the workshop stages for reports, reading them from the suite's stage catalog (spec section 13).
/// </summary>
public static class StageCatalog
{
    /// <summary>Gets the topic of every stage the spec lists, by stage number.</summary>
    public static IReadOnlyDictionary<int, string> All { get; } =
        Looper.Conformance.Traits.StageCatalog.All.ToDictionary(stage => stage.Number, stage => stage.Topic);

    /// <summary>Gets the tag of a stage, such as <c>stage-3</c>.</summary>
    /// <param name="stage">The stage number.</param>
    /// <returns>The tag, without its <c>@</c>.</returns>
    public static string TagOf(int stage) => ScenarioTraits.StageTag(stage);

    /// <summary>Gets the topic of a stage, such as <c>The loop</c>, or an empty text for a stage the spec does not list.</summary>
    /// <param name="stage">The stage number.</param>
    /// <returns>The topic.</returns>
    public static string TopicOf(int stage) => All.TryGetValue(stage, out var topic) ? topic : string.Empty;

    /// <summary>Read the stage number out of a tag such as <c>stage-3</c>.</summary>
    /// <param name="tag">The tag, without its <c>@</c>.</param>
    /// <param name="stage">The stage number, when the tag is a stage tag.</param>
    /// <returns><see langword="true"/> for a stage tag.</returns>
    public static bool TryParseTag(string tag, out int stage) => ScenarioTraits.TryParseStageTag(tag, out stage);
}
