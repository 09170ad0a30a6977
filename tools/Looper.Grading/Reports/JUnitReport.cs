using System.Globalization;
using System.Text;
using System.Xml;
using Looper.Grading.Running;
using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Write a JUnit XML report: one test suite per feature, one test case per scenario, for CI systems that show test results.
/// </summary>
/// <remarks>
/// Failed scenarios carry a <c>failure</c>; errored, timed-out and crashed ones an <c>error</c> whose type is the status;
/// skipped ones <c>skipped</c>. A submission that was not graded gets one more suite, <c>grading</c>, with the reason as an error.
/// Hidden scenarios appear under neutral names unless staff asked to see them. The shape follows the Jenkins
/// <c>junit-10</c> schema (<c>grading/schemas/junit-10.xsd</c>): <c>skipped</c> is counted on each suite only.
/// </remarks>
public static class JUnitReport
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineChars = "\n",
    };

    /// <summary>Write the report of <paramref name="card"/>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="showHidden">Whether to show hidden scenarios in full, for staff.</param>
    /// <returns>The XML text.</returns>
    public static string Write(Scorecard card, bool showHidden)
    {
        ArgumentNullException.ThrowIfNull(card);
        var report = card.Report;
        var hiddenIndex = 0;
        var cases = card.Scenarios
            .Select(scenario => (Scenario: scenario, HiddenName: scenario.Scenario.Hidden && !showHidden ? ReportText.HiddenName(++hiddenIndex, scenario) : null))
            .ToList();
        var suites = cases.GroupBy(entry => entry.HiddenName is null ? entry.Scenario.Scenario.FeatureTitle : "hidden scenarios").ToList();

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"Looper conformance: {report.SubmissionName}");
            var unsandboxed = report.UnsandboxedBecause is null ? 0 : 1;
            WriteCounts(xml, cases.Select(entry => entry.Scenario).ToList(), (report.Outcome == GradeOutcome.Graded ? 0 : 1) + unsandboxed, report.Duration, withSkipped: false);
            if (unsandboxed > 0)
            {
                WriteSandboxSuite(xml, report);
            }

            if (report.Outcome != GradeOutcome.Graded)
            {
                WriteGradingSuite(xml, report);
            }

            foreach (var suite in suites)
            {
                var scenarios = suite.Select(entry => entry.Scenario).ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", suite.Key);
                WriteCounts(xml, scenarios, 0, TimeSpan.FromTicks(scenarios.Sum(scenario => scenario.Outcome.Duration.Ticks)), withSkipped: true);
                WriteProperties(xml, report);
                foreach (var (scenario, hiddenName) in suite)
                {
                    WriteCase(xml, suite.Key, scenario, hiddenName);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSandboxSuite(XmlWriter xml, GradeReport report)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "sandbox");
        xml.WriteAttributeString("tests", "1");
        xml.WriteAttributeString("failures", "0");
        xml.WriteAttributeString("errors", "1");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
        WriteProperties(xml, report);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "grading");
        xml.WriteAttributeString("name", "the submission's code ran in a sandbox");
        xml.WriteAttributeString("time", "0");
        xml.WriteStartElement("error");
        xml.WriteAttributeString("message", "graded unsandboxed");
        xml.WriteAttributeString("type", "unsandboxed");
        xml.WriteString(ReportText.SandboxNotice(report));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteGradingSuite(XmlWriter xml, GradeReport report)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "grading");
        xml.WriteAttributeString("tests", "1");
        xml.WriteAttributeString("failures", "0");
        xml.WriteAttributeString("errors", "1");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
        WriteProperties(xml, report);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "grading");
        xml.WriteAttributeString("name", report.Outcome == GradeOutcome.DoesNotBuild ? "the submission compiles" : "the submission has one implementation that loads");
        xml.WriteAttributeString("time", "0");
        xml.WriteStartElement("error");
        xml.WriteAttributeString("message", ReportText.OutcomeWords(report.Outcome));
        xml.WriteAttributeString("type", ReportText.OutcomeCode(report.Outcome));
        xml.WriteString(ReportText.Problem(report));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, string suite, ScoredScenario scenario, string? hiddenName)
    {
        var outcome = scenario.Outcome;
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", suite);
        xml.WriteAttributeString("name", hiddenName ?? $"{scenario.Scenario.Key}: {scenario.Scenario.Name}");
        xml.WriteAttributeString("time", Seconds(outcome.Duration));
        var message = hiddenName is null ? outcome.Message ?? string.Empty : "this scenario is hidden, so its details are not shown";
        switch (outcome.Status)
        {
            case ScenarioStatus.Passed:
                break;
            case ScenarioStatus.Skipped or ScenarioStatus.NotApplicable:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", ReportText.FirstLine(message));
                xml.WriteEndElement();
                break;
            default:
                xml.WriteStartElement(outcome.Status == ScenarioStatus.Failed ? "failure" : "error");
                xml.WriteAttributeString("message", ReportText.FirstLine(message));
                xml.WriteAttributeString("type", outcome.Status.Words());
                xml.WriteString(message);
                xml.WriteEndElement();
                break;
        }

        if (hiddenName is null && outcome.Output.Length > 0)
        {
            xml.WriteElementString("system-out", outcome.OutputTruncated ? $"{outcome.Output}\n[output truncated]" : outcome.Output);
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, List<ScoredScenario> scenarios, int extraErrors, TimeSpan time, bool withSkipped)
    {
        xml.WriteAttributeString("tests", Count(scenarios.Count + extraErrors));
        xml.WriteAttributeString("failures", Count(scenarios.Count(scenario => scenario.Status == ScenarioStatus.Failed)));
        xml.WriteAttributeString("errors", Count(extraErrors + scenarios.Count(scenario => scenario.Status is ScenarioStatus.Errored or ScenarioStatus.TimedOut or ScenarioStatus.Crashed)));
        if (withSkipped)
        {
            // The Jenkins junit-10 schema allows "skipped" on <testsuite> only, not on <testsuites>.
            xml.WriteAttributeString("skipped", Count(scenarios.Count(scenario => scenario.Status is ScenarioStatus.Skipped or ScenarioStatus.NotApplicable)));
        }

        xml.WriteAttributeString("time", Seconds(time));
    }

    private static void WriteProperties(XmlWriter xml, GradeReport report)
    {
        xml.WriteStartElement("properties");
        foreach (var (name, value) in (ReadOnlySpan<(string, string)>)[("suite-version", report.SuiteVersion), ("submission", report.SubmissionName), ("submission-path", report.SubmissionPath), ("sandbox", report.UnsandboxedBecause is { } why ? $"none: {why}" : "bubblewrap")])
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
