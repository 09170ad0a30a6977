namespace Looper.Mutants.Tests.Running;

/// <summary>Shorten what made a scenario fail to one line: the suite's message shape read as subject, expected and actual.</summary>
internal static class FailureSummary
{
    private const int MaxLength = 200;
    private const string ShouldBe = "should be";
    private const string ButWas = "but was";

    public static string Of(Exception exception)
    {
        var lines = exception.Message.ReplaceLineEndings("\n").Split('\n');
        var summary = lines.Length > 1 && lines[1].Trim() == ShouldBe ? Verdict(lines) : lines[0].Trim();
        return Shorten(summary);
    }

    /// <summary>Read <c>subject / should be / expected… / but was / actual… / (blank) / requirements</c> as one line.</summary>
    private static string Verdict(string[] lines)
    {
        var butWas = Array.FindIndex(lines, line => line.Trim() == ButWas);
        var end = Array.FindIndex(lines, butWas + 1, string.IsNullOrWhiteSpace);
        var expected = lines[2..butWas].Select(line => line.Trim());
        var actual = lines[(butWas + 1)..(end < 0 ? lines.Length : end)].Select(line => line.Trim());
        return $"{lines[0].Trim()}: {ShouldBe} {string.Join("; ", expected)}, {ButWas} {string.Join("; ", actual)}";
    }

    private static string Shorten(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
}
