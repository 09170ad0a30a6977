using System.Text;
using Looper.Conformance.Bridge;

namespace Looper.Grading.Scenarios;

/// <summary>
/// Write a scenario back as Gherkin, steps as run (background included, outline values filled in), for reports that show the test's code.
/// </summary>
public static class ScenarioText
{
    /// <summary>Render <paramref name="scenario"/> as Gherkin text.</summary>
    /// <param name="scenario">The compiled scenario.</param>
    /// <returns>The text, lines separated by <c>\n</c>, with no trailing newline.</returns>
    public static string Render(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new StringBuilder().Append("Scenario: ").Append(scenario.Name);
        foreach (var step in scenario.Steps)
        {
            text.Append("\n  ").Append(step.Keyword.TrimEnd()).Append(' ').Append(step.Text);
            if (step.Table is { Count: > 0 } table)
            {
                AppendTable(text, table);
            }

            if (step.DocString is { } docString)
            {
                text.Append("\n    \"\"\"");
                foreach (var line in docString.Split('\n'))
                {
                    text.Append("\n    ").Append(line);
                }

                text.Append("\n    \"\"\"");
            }
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<IReadOnlyList<string>> table)
    {
        var columns = table.Max(row => row.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(column => table.Max(row => column < row.Count ? row[column].Length : 0))
            .ToArray();
        foreach (var row in table)
        {
            text.Append("\n    |");
            for (var column = 0; column < columns; column++)
            {
                var cell = column < row.Count ? row[column] : string.Empty;
                text.Append(' ').Append(cell.PadRight(widths[column])).Append(" |");
            }
        }
    }
}
