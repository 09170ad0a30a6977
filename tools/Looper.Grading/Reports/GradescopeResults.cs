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

    /// <summary>Write the results of <paramref name="card"/>, hidden scenarios under neutral names.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Scorecard card) => Write(card, showHidden: false);

    /// <summary>Write the results of <paramref name="card"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether to name hidden scenarios, for staff; learners get neutral names such as <c>hidden scenario 2 (stage-3)</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Scorecard card, bool showHidden)
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
            if (ReportText.Problem(report) is { Length: > 0 } problem)
            {
                json.WriteString("problem", problem);
            }

            if (report.ProcessOutput.Trim().Length > 0)
            {
                json.WriteString("process_output", report.ProcessOutput.TrimEnd());
                json.WriteBoolean("process_output_truncated", report.ProcessOutputTruncated);
            }

            json.WriteBoolean("sandboxed", report.UnsandboxedBecause is null);
            if (report.UnsandboxedBecause is { } why)
            {
                json.WriteString("unsandboxed_because", why);
            }

            json.WriteEndObject();
            json.WriteStartArray("tests");
            var hiddenIndex = 0;
            foreach (var scenario in card.Scenarios.Where(scenario => !scenario.NotApplicable))
            {
                var hiddenName = scenario.Scenario.Hidden && !showHidden ? ReportText.HiddenName(++hiddenIndex, scenario) : null;
                WriteTest(json, scenario, card.HiddenVisibility, hiddenName);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTest(Utf8JsonWriter json, ScoredScenario scenario, string hiddenVisibility, string? hiddenName)
    {
        json.WriteStartObject();
        json.WriteNumber("score", scenario.Points);
        json.WriteNumber("max_score", scenario.MaxPoints);
        json.WriteString("status", scenario.Passed ? "passed" : "failed");
        json.WriteString("name", hiddenName ?? scenario.Scenario.DisplayName);
        json.WriteString("number", hiddenName is null ? scenario.Scenario.Key : "hidden-" + hiddenName.Split(' ')[2]);

        json.WriteString("output", ReportText.Details(scenario));
        json.WriteStartArray("tags");
        foreach (var tag in hiddenName is null ? scenario.Scenario.Tags : ["hidden", scenario.Scenario.StageTag])
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
        var text = new StringBuilder().AppendLine(ReportText.Stamp(card.Report));
        if (ReportText.SandboxNotice(card.Report) is { Length: > 0 } notice)
        {
            text.AppendLine(notice);
        }

        text.AppendLine(ReportText.Summary(card));
        if (card.Report.Outcome != GradeOutcome.Graded)
        {
            // The grader's words only: the build's errors and the host's reasons are the submission's text, kept in extra_data.
            text.AppendLine().AppendLine($"Not graded: {ReportText.OutcomeWords(card.Report.Outcome)}. The details are in this result's extra data.");
        }

        return text.ToString().TrimEnd();
    }
}
