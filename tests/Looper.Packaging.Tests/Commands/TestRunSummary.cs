using System.Globalization;
using System.Text.RegularExpressions;

namespace Looper.Packaging.Tests.Commands;

/// <summary>
/// The counts of the summary line <c>dotnet test</c> prints for a test assembly, such as
/// <c>Passed!  - Failed:     0, Passed:    81, Skipped:     0, Total:    81, Duration: 1 s - X.dll (net10.0)</c>.
/// </summary>
/// <param name="Failed">Tests that failed.</param>
/// <param name="Passed">Tests that passed.</param>
/// <param name="Skipped">Tests that were skipped.</param>
/// <param name="Total">Every test that ran or was skipped.</param>
internal sealed partial record TestRunSummary(int Failed, int Passed, int Skipped, int Total)
{
    /// <summary>Read the one summary line of a run of one test assembly.</summary>
    /// <param name="output">What <c>dotnet test</c> printed.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="FormatException">The output holds no summary line, or more than one.</exception>
    public static TestRunSummary Parse(string output)
    {
        var lines = SummaryLine().Matches(output);
        if (lines.Count != 1)
        {
            throw new FormatException(
                $"Expected one summary line like \"Passed!  - Failed: 0, Passed: 81, Skipped: 0, Total: 81\" in the output of dotnet test, found {lines.Count}.");
        }

        var match = lines[0];
        return new TestRunSummary(Count(match, "failed"), Count(match, "passed"), Count(match, "skipped"), Count(match, "total"));
    }

    private static int Count(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:Passed|Failed)!\s*-\s*Failed:\s*(?<failed>\d+),\s*Passed:\s*(?<passed>\d+),\s*Skipped:\s*(?<skipped>\d+),\s*Total:\s*(?<total>\d+)")]
    private static partial Regex SummaryLine();
}
