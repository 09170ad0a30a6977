using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Looper.Grading.Running;
using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Write Gradescope's <c>results.json</c>: the total score, and per scenario its <c>score</c>, <c>max_score</c>, <c>status</c>,
/// <c>name</c>, <c>number</c> (the scenario ID), <c>output</c>, <c>tags</c> and <c>visibility</c>.
/// </summary>
/// <remarks>
/// Gradescope's test status is <c>passed</c> or <c>failed</c>; the grader's own status (errored, timed out, …) starts the
/// test's output and is kept in its <c>extra_data</c>. Hidden scenarios carry the config's hidden visibility, so Gradescope
/// holds their details back from learners. Skipped scenarios worth no points (optional extensions not taken up) are left out.
/// </remarks>
public static class GradescopeResults
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Write the results of <paramref name="card"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var report = card.Report;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("score", card.Points);
            json.WriteNumber("execution_time", (long)Math.Ceiling(report.Duration.TotalSeconds));
            json.WriteString("output", Output(card));
            json.WriteString("output_format", "text");
            json.WriteString("test_output_format", "text");
            json.WriteString("test_name_format", "text");
            json.WriteStartObject("extra_data");
            json.WriteString("suite_version", report.SuiteVersion);
            json.WriteString("submission", report.SubmissionName);
            json.WriteString("submission_path", report.SubmissionPath);
            json.WriteString("outcome", ReportText.OutcomeCode(report.Outcome));
            json.WriteString("graded_at", report.GradedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartArray("tests");
            foreach (var scenario in card.Scenarios.Where(scenario => !scenario.NotApplicable))
            {
                WriteTest(json, scenario, card.HiddenVisibility);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTest(Utf8JsonWriter json, ScoredScenario scenario, string hiddenVisibility)
    {
        json.WriteStartObject();
        json.WriteNumber("score", scenario.Points);
        json.WriteNumber("max_score", scenario.MaxPoints);
        json.WriteString("status", scenario.Passed ? "passed" : "failed");
        json.WriteString("name", scenario.Scenario.DisplayName);
        json.WriteString("number", scenario.Scenario.Key);
        json.WriteString("output", ReportText.Details(scenario));
        json.WriteStartArray("tags");
        foreach (var tag in scenario.Scenario.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("visibility", scenario.Scenario.Hidden ? hiddenVisibility : "visible");
        json.WriteStartObject("extra_data");
        json.WriteString("status", scenario.Status.Words());
        json.WriteBoolean("output_truncated", scenario.Outcome.OutputTruncated);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Output(Scorecard card)
    {
        var text = new StringBuilder()
            .AppendLine(ReportText.Stamp(card.Report))
            .AppendLine(ReportText.Summary(card));
        var problem = ReportText.Problem(card.Report);
        if (problem.Length > 0)
        {
            text.AppendLine().AppendLine(problem);
        }

        if (card.Report.ProcessOutput.Trim().Length > 0)
        {
            text.AppendLine().AppendLine(card.Report.ProcessOutputTruncated ? "What the submission's process wrote (truncated):" : "What the submission's process wrote:")
                .AppendLine(card.Report.ProcessOutput.TrimEnd());
        }

        return text.ToString().TrimEnd();
    }
}
