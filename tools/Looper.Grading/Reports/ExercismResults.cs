using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Looper.Grading.Running;
using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Write Exercism's test runner <c>results.json</c>, version 3: <c>status</c>, <c>message</c>, and per scenario <c>name</c>,
/// <c>status</c>, <c>message</c>, <c>output</c>, <c>test_code</c> (the scenario's Gherkin) and <c>task_id</c> (its stage).
/// </summary>
/// <remarks>
/// Learners see these results, so a hidden scenario appears under a neutral name with its status only. Output is cut at
/// the 500 characters Exercism allows. Only the fields of the version 3 interface are written
/// (<c>grading/schemas/exercism-results-v3.schema.json</c>).
/// </remarks>
public static class ExercismResults
{
    /// <summary>How many characters of output Exercism shows per test.</summary>
    public const int OutputLimit = 500;

    /// <summary>The notice Exercism asks for when output is cut.</summary>
    public const string TruncationNotice = "Output was truncated. Please limit to 500 chars";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Write the results of <paramref name="card"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether to show hidden scenarios in full, for staff.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Scorecard card, bool showHidden)
    {
        ArgumentNullException.ThrowIfNull(card);
        var report = card.Report;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 3);
            if (report.Outcome != GradeOutcome.Graded)
            {
                json.WriteString("status", "error");
                json.WriteString("message", string.Join("\n\n", new[] { ReportText.SandboxNotice(report), ReportText.Problem(report) }.Where(part => part.Length > 0)));
            }
            else
            {
                json.WriteString("status", card.FullMarks ? "pass" : "fail");
                if (ReportText.SandboxNotice(report) is { Length: > 0 } notice)
                {
                    json.WriteString("message", notice);
                }

                json.WriteStartArray("tests");
                var hiddenIndex = 0;
                // A skipped scenario worth no points (an optional extension not implemented) is not a failure; Exercism has no "skipped".
                foreach (var scenario in card.Scenarios.Where(scenario => !scenario.NotApplicable))
                {
                    var hidden = scenario.Scenario.Hidden && !showHidden;
                    WriteTest(json, scenario, hidden ? ReportText.HiddenName(++hiddenIndex, scenario) : null);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTest(Utf8JsonWriter json, ScoredScenario scenario, string? hiddenName)
    {
        var outcome = scenario.Outcome;
        json.WriteStartObject();
        json.WriteString("name", hiddenName ?? $"{scenario.Scenario.Key}: {scenario.Scenario.DisplayName}");
        json.WriteString("status", Status(outcome.Status));
        if (!scenario.Passed)
        {
            json.WriteString("message", hiddenName is null
                ? (outcome.Message is { Length: > 0 } message ? $"{outcome.Status.Words()}: {message}" : outcome.Status.Words())
                : $"{outcome.Status.Words()}: this scenario is hidden, so its details are not shown.");
        }

        if (hiddenName is null && outcome.Output.Length > 0)
        {
            json.WriteString("output", Cap(outcome.Output, outcome.OutputTruncated));
        }

        if (hiddenName is null)
        {
            json.WriteString("test_code", Scenarios.ScenarioText.Render(scenario.Scenario.Case));
        }

        if (scenario.Scenario.Stage is { } stage)
        {
            json.WriteNumber("task_id", stage);
        }

        json.WriteEndObject();
    }

    private static string Status(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Passed => "pass",
        ScenarioStatus.Failed or ScenarioStatus.Skipped => "fail",
        _ => "error",
    };

    private static string Cap(string output, bool truncated)
    {
        if (output.Length <= OutputLimit && !truncated)
        {
            return output;
        }

        var room = OutputLimit - TruncationNotice.Length - 1;
        return $"{output[..Math.Min(room, output.Length)]}\n{TruncationNotice}";
    }
}
