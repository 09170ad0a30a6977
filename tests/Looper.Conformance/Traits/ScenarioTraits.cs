using System.Globalization;
using System.Text.RegularExpressions;
using Looper.Conformance.Requirements;

namespace Looper.Conformance.Traits;

/// <summary>
/// Hold what a scenario is, read once from its tags when the features load: ID, stage, requirements, extension, hidden and ignored marks.
/// </summary>
/// <remarks>
/// The one owner of the tag vocabulary (<c>@sc-…</c>, <c>@stage-N</c>, <c>@extension</c>, <c>@ignore</c>) and of
/// which interface takes up each optional extension. Every tool reads scenarios through these traits.
/// </remarks>
/// <param name="Id">The scenario ID from its <c>@sc-…</c> tag, or its feature path and line when it has none.</param>
/// <param name="Stage">The workshop stage from its <c>@stage-N</c> tag, if it has one.</param>
/// <param name="RequirementIds">The requirement IDs it checks, in tag order.</param>
/// <param name="IsExtension">Whether it checks an optional extension (<c>@extension</c>).</param>
/// <param name="ExtensionInterface">The interface an implementation takes the extension up with, or <see langword="null"/> for a core scenario or an unknown extension.</param>
/// <param name="Hidden">Whether it comes from a hidden pack learners do not see.</param>
/// <param name="Ignored">Whether it is tagged <c>@ignore</c>, so no tool runs it.</param>
internal sealed partial record ScenarioTraits(
    string Id,
    int? Stage,
    IReadOnlyList<string> RequirementIds,
    bool IsExtension,
    Type? ExtensionInterface,
    bool Hidden,
    bool Ignored)
{
    /// <summary>The prefix of stage tags, such as <c>stage-2</c>.</summary>
    public const string StagePrefix = "stage-";

    /// <summary>The tag of scenarios that check an optional extension.</summary>
    public const string ExtensionTag = "extension";

    /// <summary>The tag of scenarios no tool runs.</summary>
    public const string IgnoreTag = "ignore";

    /// <summary>The prefix of scenario IDs, such as <c>sc-wait-01</c>.</summary>
    public const string ScenarioIdPrefix = "sc-";

    /// <summary>The label of scenarios without a stage tag.</summary>
    public const string Unstaged = "unstaged";

    /// <summary>The interface that takes each optional extension up, by the ID prefix of the extension's requirements.</summary>
    private static readonly Dictionary<string, Type> ExtensionInterfaces = new(StringComparer.Ordinal)
    {
        ["IDLE"] = typeof(IIdleSleepExtension),
    };

    /// <summary>Gets the stage tag, such as <c>stage-2</c>, or <c>unstaged</c>.</summary>
    public string StageLabel => Stage is { } stage ? StageTag(stage) : Unstaged;

    /// <summary>Gets the stage whose hint ends the scenario's failure messages: its stage, unless it checks an optional extension, whose hints live in its spec section.</summary>
    public int? HintStage => IsExtension ? null : Stage;

    /// <summary>Tell whether the scenario applies to an implementation: a core scenario always, an extension's only to implementations of that extension's interface.</summary>
    /// <param name="implementationType">The implementation's type.</param>
    /// <returns><see langword="true"/> when the scenario is offered to it.</returns>
    public bool AppliesTo(Type implementationType)
    {
        ArgumentNullException.ThrowIfNull(implementationType);
        return !IsExtension || (ExtensionInterface is { } contract && contract.IsAssignableFrom(implementationType));
    }

    /// <summary>Say why the scenario does not apply to an implementation, for the not-applicable outcome.</summary>
    /// <param name="implementationName">The implementation's name.</param>
    /// <returns>The reason.</returns>
    public string NotApplicableReason(string implementationName) => ExtensionInterface is { } contract
        ? $"not applicable: the scenario checks the optional extension {contract.Name}, which {implementationName} does not implement; no points, never failed"
        : $"not applicable: the scenario checks an optional extension the suite knows no interface for; no points, never failed";

    /// <summary>Gets the tag of a stage, such as <c>stage-3</c>.</summary>
    /// <param name="stage">The stage number.</param>
    /// <returns>The tag, without its <c>@</c>.</returns>
    public static string StageTag(int stage) => string.Create(CultureInfo.InvariantCulture, $"{StagePrefix}{stage}");

    /// <summary>Read the stage number out of a tag such as <c>stage-3</c>.</summary>
    /// <param name="tag">The tag, without its <c>@</c>.</param>
    /// <param name="stage">The stage number, when the tag is a stage tag.</param>
    /// <returns><see langword="true"/> for a stage tag.</returns>
    public static bool TryParseStageTag(string? tag, out int stage)
    {
        stage = 0;
        return tag is not null
            && tag.StartsWith(StagePrefix, StringComparison.Ordinal)
            && tag.Length > StagePrefix.Length
            && int.TryParse(tag.AsSpan(StagePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out stage);
    }

    /// <summary>Tell whether a tag is a scenario ID, such as <c>sc-wait-01</c>.</summary>
    /// <param name="tag">The tag, without its <c>@</c>.</param>
    /// <returns><see langword="true"/> for a scenario ID tag.</returns>
    public static bool IsScenarioIdTag(string tag) => tag.StartsWith(ScenarioIdPrefix, StringComparison.Ordinal);

    /// <summary>Tell whether a tag is a well-formed scenario ID: <c>sc-</c>, a lower-case area, a dash and two digits.</summary>
    /// <param name="tag">The tag, without its <c>@</c>.</param>
    /// <returns><see langword="true"/> for a well-formed scenario ID.</returns>
    public static bool IsWellFormedId(string tag) => WellFormedIdPattern().IsMatch(tag);

    /// <summary>Compute the traits of a scenario from its tags.</summary>
    /// <param name="tags">Every tag of the scenario, inherited ones included, without <c>@</c>.</param>
    /// <param name="path">The feature's path, for the ID of a scenario without one.</param>
    /// <param name="line">The scenario's line, for the ID of a scenario without one.</param>
    /// <param name="hidden">Whether the scenario comes from a hidden pack.</param>
    /// <returns>The traits.</returns>
    public static ScenarioTraits Of(IReadOnlyList<string> tags, string path, int line, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var id = tags.FirstOrDefault(IsScenarioIdTag) ?? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}");
        int? stage = null;
        foreach (var tag in tags)
        {
            if (stage is null && TryParseStageTag(tag, out var number))
            {
                stage = number;
            }
        }

        var requirements = tags.Where(RequirementCatalog.IsRequirementTag).ToList();
        var isExtension = tags.Contains(ExtensionTag, StringComparer.Ordinal);
        var interfaces = requirements
            .Select(requirement => requirement[..requirement.IndexOf('-', StringComparison.Ordinal)])
            .Where(ExtensionInterfaces.ContainsKey)
            .Select(prefix => ExtensionInterfaces[prefix])
            .Distinct()
            .ToList();
        var extensionInterface = isExtension && interfaces.Count == 1 ? interfaces[0] : null;
        return new ScenarioTraits(id, stage, requirements, isExtension, extensionInterface, hidden, tags.Contains(IgnoreTag, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^sc-[a-z]+-[0-9]{2}$")]
    private static partial Regex WellFormedIdPattern();
}
