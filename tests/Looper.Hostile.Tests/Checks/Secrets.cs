using Looper.Grading.Tests.Fixtures;

namespace Looper.Hostile.Tests;

/// <summary>What no learner-facing report may contain: the fake secrets of the grader's environment and the hidden scenarios' own text.</summary>
internal static class Secrets
{
    private static readonly Lazy<IReadOnlyList<string>> HiddenText = new(ReadHiddenText);

    /// <summary>Gets the values of the grader's environment that must appear nowhere.</summary>
    public static IReadOnlyList<string> Environment => [HostileRun.HiddenToken, HostileRun.OtherSecret];

    /// <summary>Gets the hidden pack's scenario titles and every step of it (20 characters or more) that no shipped feature also has.</summary>
    public static IReadOnlyList<string> Hidden => HiddenText.Value;

    private static IReadOnlyList<string> ReadHiddenText()
    {
        var keywords = new[] { "Given ", "When ", "Then ", "And ", "But " };
        var shipped = Directory.GetFiles(RepositoryFiles.PathOf("tests/features"), "*.feature")
            .SelectMany(File.ReadAllLines)
            .Select(line => line.Trim())
            .Where(line => keywords.Any(keyword => line.StartsWith(keyword, StringComparison.Ordinal)))
            .Select(line => line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim())
            .ToHashSet(StringComparer.Ordinal);
        var text = new List<string>();
        foreach (var line in Directory.GetFiles(RepositoryFiles.PathOf("grading/hidden"), "*.feature").SelectMany(File.ReadAllLines).Select(line => line.Trim()))
        {
            if (line.StartsWith("Scenario:", StringComparison.Ordinal) || line.StartsWith("Scenario Outline:", StringComparison.Ordinal))
            {
                text.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            }
            else if (keywords.Any(keyword => line.StartsWith(keyword, StringComparison.Ordinal))
                && line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim() is { Length: >= 20 } step && !shipped.Contains(step))
            {
                text.Add(step);
            }
        }

        text.Count.ShouldBeGreaterThan(0, "grading/hidden should hold scenarios for the leak checks to look for");
        return [.. text.Distinct(StringComparer.Ordinal)];
    }
}
