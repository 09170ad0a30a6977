using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Looper.Grading.Running;
using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Write the result GitHub Classroom's autograding reporter reads from a runner: <c>version</c>, <c>status</c>
/// (<c>pass</c>, <c>fail</c> or <c>error</c>), <c>max_score</c>, and per scenario <c>name</c>, <c>status</c>,
/// <c>message</c> and <c>score</c>.
/// </summary>
/// <remarks>
/// The reporter adds up the tests' <c>score</c> and the runners' <c>max_score</c> and posts the total to the Classroom
/// dashboard; the workflow hands it this JSON base64-encoded as a step output (see <c>grading/classroom-workflow.yml</c>).
/// Learners see it, so hidden scenarios appear under neutral names. A submission that was not graded gets one test,
/// <c>grading</c>, with the reason and no points.
/// </remarks>
public static class ClassroomResults
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Write the result of <paramref name="card"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether to show hidden scenarios in full, for staff.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Scorecard card, bool showHidden)
    {
        ArgumentNullException.ThrowIfNull(card);
        var graded = card.Report.Outcome == GradeOutcome.Graded;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("status", !graded ? "error" : card.FullMarks ? "pass" : "fail");
            json.WriteNumber("max_score", card.MaxPoints);
            json.WriteStartArray("tests");
            if (ReportText.SandboxNotice(card.Report) is { Length: > 0 } notice)
            {
                // The format has no place for a warning but a test: one worth no points, in error, says it.
                json.WriteStartObject();
                json.WriteString("name", "sandbox");
                json.WriteString("status", "error");
                json.WriteString("message", notice);
                json.WriteNumber("score", 0);
                json.WriteEndObject();
            }

            if (!graded)
            {
                json.WriteStartObject();
                json.WriteString("name", "grading");
                json.WriteString("status", "error");
                json.WriteString("message", ReportText.Problem(card.Report));
                json.WriteNumber("score", 0);
                json.WriteEndObject();
            }
            else
            {
                var hiddenIndex = 0;
                foreach (var scenario in card.Scenarios.Where(scenario => !scenario.NotApplicable))
                {
                    var hiddenName = scenario.Scenario.Hidden && !showHidden ? ReportText.HiddenName(++hiddenIndex, scenario) : null;
                    json.WriteStartObject();
                    json.WriteString("name", hiddenName ?? $"{scenario.Scenario.Key}: {scenario.Scenario.DisplayName}");
                    json.WriteString("status", scenario.Passed ? "pass" : scenario.Status == ScenarioStatus.Failed ? "fail" : "error");
                    if (!scenario.Passed)
                    {
                        json.WriteString("message", hiddenName is null
                            ? ReportText.Details(scenario)
                            : $"{scenario.Status.Words()}: this scenario is hidden, so its details are not shown.");
                    }

                    json.WriteNumber("score", scenario.Points);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
