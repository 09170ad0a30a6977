using System.Text.RegularExpressions;

namespace Looper.Katas.Tests.Output;

/// <summary>Cut the console output of a <c>dotnet test</c> run into one block per failed test, as a learner reads it.</summary>
internal static partial class FailureBlocks
{
    /// <summary>Split <paramref name="output"/> at each <c>Failed</c> line; a block ends before the next one or the run's summary.</summary>
    /// <param name="output">What the run printed.</param>
    /// <returns>The blocks, each without trailing blank lines.</returns>
    public static IReadOnlyList<string> Of(string output)
    {
        var blocks = new List<List<string>>();
        foreach (var line in output.ReplaceLineEndings("\n").Split('\n'))
        {
            if (FailedTest().IsMatch(line))
            {
                blocks.Add([line]);
            }
            else if (RunSummary().IsMatch(line))
            {
                break;
            }
            else if (blocks.Count > 0)
            {
                blocks[^1].Add(line);
            }
        }

        return [.. blocks.Select(block => string.Join('\n', block).TrimEnd())];
    }

    /// <summary>Make a block comparable with a document's sample: the repository's own path becomes <c>/home/you/looper</c>, durations <c>[1 ms]</c>.</summary>
    /// <param name="block">A block of a real run.</param>
    /// <param name="root">The repository's folder.</param>
    /// <returns>The block as the documents show it.</returns>
    public static string AsDocumented(string block, string root) =>
        Duration().Replace(block.Replace(root.TrimEnd('/'), "/home/you/looper", StringComparison.Ordinal), "[1 ms]");

    [GeneratedRegex(@"^\s*Failed (?!!)\S")]
    private static partial Regex FailedTest();

    [GeneratedRegex(@"^(Failed|Passed)!\s+-")]
    private static partial Regex RunSummary();

    [GeneratedRegex(@"\[\d+(\.\d+)? (ms|s|m)\]")]
    private static partial Regex Duration();
}
