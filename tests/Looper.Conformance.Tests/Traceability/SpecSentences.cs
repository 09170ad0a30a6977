using System.Text.RegularExpressions;

namespace Looper.Conformance.Tests.Traceability;

/// <summary>One sentence of the spec and what owns it: a requirement ID, or <c>N intro</c> for the introduction of section N.</summary>
/// <param name="Owner">The requirement ID, such as <c>WAIT-3</c>, or the section, such as <c>2 intro</c>.</param>
/// <param name="Text">The sentence, its lines joined by single spaces.</param>
internal sealed record SpecSentence(string Owner, string Text);

/// <summary>Split sections 1 to 10 of the spec into sentences: each section's introduction and every sentence of every requirement.</summary>
/// <remarks>
/// A sentence ends at <c>.</c>, <c>?</c> or <c>!</c> (optionally closed by <c>)</c>) before a space and a capital, a backtick, a quote
/// or an opening parenthesis. The numbers of a numbered list and the annotations <c>(Decided.)</c> and <c>(Fixes erratum E1.)</c>
/// are not part of any sentence.
/// </remarks>
internal static partial class SpecSentences
{
    public static IReadOnlyList<SpecSentence> Of(string spec)
    {
        var sentences = new List<SpecSentence>();
        string? owner = null;
        var paragraph = new List<string>();
        var inScope = false;

        void Flush()
        {
            if (owner is not null && paragraph.Count > 0)
            {
                sentences.AddRange(Split(string.Join(' ', paragraph)).Select(text => new SpecSentence(owner, text)));
            }

            paragraph.Clear();
        }

        foreach (var line in spec.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                var section = SectionPattern().Match(line);
                inScope = section.Success && int.Parse(section.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 10;
                owner = inScope ? $"{section.Groups[1].Value} intro" : null;
                continue;
            }

            if (!inScope)
            {
                continue;
            }

            if (SubsectionPattern().Match(line) is { Success: true } subsection)
            {
                Flush();
                owner = $"{subsection.Groups[1].Value} intro";
            }
            else if (RequirementPattern().Match(line) is { Success: true } requirement)
            {
                Flush();
                owner = requirement.Groups["id"].Value;
                paragraph.Add(requirement.Groups["text"].Value);
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                if (owner is not null && owner.EndsWith(" intro", StringComparison.Ordinal))
                {
                    Flush();
                }
            }
            else
            {
                paragraph.Add(ListNumberPattern().Replace(line.Trim(), string.Empty));
            }
        }

        Flush();
        return sentences;
    }

    private static IEnumerable<string> Split(string text)
    {
        var plain = WhitespacePattern().Replace(AnnotationPattern().Replace(text, string.Empty), " ").Trim();
        return SentenceEndPattern().Split(plain).Where(sentence => sentence.Length > 0);
    }

    [GeneratedRegex(@"^## ([0-9]+)\. ")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^### ([0-9.]+) ")]
    private static partial Regex SubsectionPattern();

    [GeneratedRegex(@"^- \*\*(?<id>[A-Z]+-[0-9]+)\*\* (?<text>.*)$")]
    private static partial Regex RequirementPattern();

    [GeneratedRegex(@"^[0-9]+\.\s+")]
    private static partial Regex ListNumberPattern();

    [GeneratedRegex(@"\s*\((?:Decided|Fixes erratum E[0-9]+)\.\)")]
    private static partial Regex AnnotationPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"(?<=[.?!]\)?)\s+(?=[A-Z`""(])")]
    private static partial Regex SentenceEndPattern();
}
