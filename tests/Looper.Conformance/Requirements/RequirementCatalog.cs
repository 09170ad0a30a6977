using System.Text.RegularExpressions;

namespace Looper.Conformance.Requirements;

/// <summary>
/// Read the requirements out of the spec, <c>spec/looper-spec.md</c>, which the suite embeds.
/// </summary>
/// <remarks>
/// A requirement is a Markdown bullet that starts with its ID in bold, such as <c>- **WAIT-3** A wait MUST ...</c>;
/// its first sentence is its summary.
/// </remarks>
internal static partial class RequirementCatalog
{
    /// <summary>The name of the embedded spec resource.</summary>
    public const string SpecResource = "spec/looper-spec.md";

    /// <summary>The words that mark a requirement no scenario has to cover, such as a quality requirement measured by benchmarks.</summary>
    public const string NotCheckedMarker = "Not checked by scenarios";

    private static readonly Lazy<IReadOnlyDictionary<string, Requirement>> Embedded = new(LoadEmbedded);

    /// <summary>Gets every requirement of the embedded spec, by ID.</summary>
    public static IReadOnlyDictionary<string, Requirement> All => Embedded.Value;

    /// <summary>Tell whether a tag names a requirement, such as <c>WAIT-3</c>, rather than a stage or a scenario ID.</summary>
    /// <param name="tag">The tag, without its <c>@</c>.</param>
    /// <returns><see langword="true"/> for a requirement ID.</returns>
    public static bool IsRequirementTag(string tag) => RequirementIdPattern().IsMatch(tag);

    /// <summary>Read every requirement out of the text of a spec.</summary>
    /// <param name="markdown">The spec's Markdown.</param>
    /// <returns>The requirements by ID.</returns>
    /// <exception cref="InvalidOperationException">An ID appears twice.</exception>
    public static IReadOnlyDictionary<string, Requirement> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var requirements = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        var section = string.Empty;
        Requirement? current = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                current = null;
                continue;
            }

            var match = RequirementLinePattern().Match(line);
            if (!match.Success)
            {
                // Indented lines continue the requirement above them.
                if (current is not null && line.StartsWith("  ", StringComparison.Ordinal) && line.Contains(NotCheckedMarker, StringComparison.Ordinal))
                {
                    current = requirements[current.Id] = current with { CheckedByScenarios = false };
                }
                else if (!line.StartsWith("  ", StringComparison.Ordinal))
                {
                    current = null;
                }

                continue;
            }

            var id = match.Groups["id"].Value;
            var requirement = new Requirement(id, FirstSentence(match.Groups["text"].Value), section);
            if (!requirements.TryAdd(id, requirement))
            {
                throw new InvalidOperationException($"The spec defines {id} twice.");
            }

            current = requirement with { CheckedByScenarios = !line.Contains(NotCheckedMarker, StringComparison.Ordinal) };
            requirements[id] = current;
        }

        return requirements;
    }

    /// <summary>Read the text of the spec the suite embeds.</summary>
    /// <returns>The spec's Markdown.</returns>
    /// <exception cref="InvalidOperationException">The suite does not embed the spec.</exception>
    internal static string ReadEmbeddedSpec()
    {
        using var stream = typeof(RequirementCatalog).Assembly.GetManifestResourceStream(SpecResource)
            ?? throw new InvalidOperationException($"The suite does not embed {SpecResource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyDictionary<string, Requirement> LoadEmbedded() => Parse(ReadEmbeddedSpec());

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text : text[..(end + 1)]).Trim();
    }

    [GeneratedRegex(@"^[A-Z]+-[0-9]+$")]
    private static partial Regex RequirementIdPattern();

    [GeneratedRegex(@"^- \*\*(?<id>[A-Z]+-[0-9]+)\*\* (?<text>.+)$")]
    private static partial Regex RequirementLinePattern();
}
