using System.Text.Json;
using System.Xml.Linq;
using Looper.Grading.Reports;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Reports;

/// <summary>Check that Gradescope's and Exercism's files use exactly the field names and values their specifications name, and that JUnit's counts add up.</summary>
public sealed class ReportShapeTests
{
    private static readonly string[] Submissions = GradedSubmissions.Golden;
    private static readonly string[] GradescopeTop = ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "extra_data", "tests"];
    private static readonly string[] GradescopeTest = ["score", "max_score", "status", "name", "number", "output", "tags", "visibility", "extra_data"];
    private static readonly string[] ExercismTest = ["name", "status", "message", "output", "test_code", "task_id"];

    [TestCaseSource(nameof(Submissions))]
    public async Task Gradescope_results_use_the_fields_Gradescope_names(string submission)
    {
        var card = await GradedSubmissions.CardAsync(submission);
        using var json = JsonDocument.Parse(GradescopeResults.Write(card));
        var root = json.RootElement;

        Names(root).ShouldBe(GradescopeTop);
        root.GetProperty("score").GetDouble().ShouldBe(card.Points);
        root.GetProperty("extra_data").GetProperty("suite_version").GetString().ShouldBe(card.Report.SuiteVersion);
        root.GetProperty("extra_data").GetProperty("submission").GetString().ShouldBe(submission);
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        tests.Sum(test => test.GetProperty("max_score").GetDouble()).ShouldBe(card.MaxPoints);
        foreach (var test in tests)
        {
            Names(test).ShouldBe(GradescopeTest);
            test.GetProperty("status").GetString().ShouldBeOneOf("passed", "failed");
            test.GetProperty("visibility").GetString().ShouldBeOneOf("visible", "hidden", "after_due_date", "after_published");
            test.GetProperty("number").GetString()!.ShouldMatch("^(sc-|hidden-[0-9]+$)");
            test.GetProperty("tags").EnumerateArray().ShouldAllBe(tag => tag.ValueKind == JsonValueKind.String);
        }
    }

    [Test]
    public async Task Gradescope_gives_hidden_scenarios_the_configured_visibility_and_learners_see_the_rest()
    {
        using var json = JsonDocument.Parse(GradescopeResults.Write(await GradedSubmissions.CardAsync(GradedSubmissions.Reference)));

        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();
        tests.Where(test => test.GetProperty("number").GetString()!.StartsWith("hidden-", StringComparison.Ordinal))
            .Select(test => test.GetProperty("visibility").GetString())
            .ShouldBe(["after_due_date", "after_due_date", "after_due_date", "after_due_date"]);
        tests.Where(test => !test.GetProperty("number").GetString()!.StartsWith("hidden-", StringComparison.Ordinal))
            .ShouldAllBe(test => test.GetProperty("visibility").GetString() == "visible");
    }

    [TestCaseSource(nameof(Submissions))]
    public async Task Exercism_results_are_version_3_with_the_fields_Exercism_names(string submission)
    {
        var card = await GradedSubmissions.CardAsync(submission);
        using var json = JsonDocument.Parse(ExercismResults.Write(card, showHidden: false));
        var root = json.RootElement;

        root.GetProperty("version").GetInt32().ShouldBe(3);
        var status = root.GetProperty("status").GetString();
        status.ShouldBeOneOf("pass", "fail", "error");
        root.EnumerateObject().Select(property => property.Name).ShouldBeSubsetOf(["version", "status", "message", "tests"]);
        if (status == "error")
        {
            root.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
            return;
        }

        root.TryGetProperty("message", out _).ShouldBeFalse();
        foreach (var test in root.GetProperty("tests").EnumerateArray())
        {
            Names(test).ShouldBeSubsetOf(ExercismTest);
            test.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            test.GetProperty("status").GetString().ShouldBeOneOf("pass", "fail", "error");
            test.GetProperty("task_id").GetInt32().ShouldBeInRange(1, 6);
            if (test.TryGetProperty("output", out var output))
            {
                output.GetString()!.Length.ShouldBeLessThanOrEqualTo(ExercismResults.OutputLimit);
            }
        }
    }

    [Test]
    public async Task Exercism_test_code_is_the_scenarios_Gherkin()
    {
        using var json = JsonDocument.Parse(ExercismResults.Write(await GradedSubmissions.CardAsync(GradedSubmissions.Reference), showHidden: false));

        var test = json.RootElement.GetProperty("tests").EnumerateArray().First(test => test.GetProperty("name").GetString()!.StartsWith("sc-log-01:", StringComparison.Ordinal));
        test.GetProperty("test_code").GetString().ShouldBe(
            "Scenario: A finished wait logs its duration and overrun with six decimals\n"
            + "  Given a wait \"W\" of 2.5 seconds\n"
            + "  When \"W\" is stepped at 0 seconds\n"
            + "  And \"W\" is stepped at 3.25 seconds\n"
            + "  Then the log lines at Information or above were, in order:\n"
            + "    | level       | message                                              |\n"
            + "    | Information | Finished waiting for 2.500000, plus 0.750000 seconds |");
        test.GetProperty("task_id").GetInt32().ShouldBe(1);
    }

    [TestCaseSource(nameof(Submissions))]
    public async Task JUnit_counts_add_up_and_name_the_suite_and_the_submission(string submission)
    {
        var card = await GradedSubmissions.CardAsync(submission);
        var xml = XDocument.Parse(JUnitReport.Write(card, showHidden: false));
        var root = xml.Root!;

        var cases = root.Descendants("testcase").ToList();
        int.Parse(root.Attribute("tests")!.Value).ShouldBe(cases.Count);
        int.Parse(root.Attribute("failures")!.Value).ShouldBe(cases.Count(testCase => testCase.Element("failure") is not null));
        int.Parse(root.Attribute("errors")!.Value).ShouldBe(cases.Count(testCase => testCase.Element("error") is not null));
        root.Attribute("skipped").ShouldBeNull("junit-10 allows skipped on <testsuite> only");
        root.Elements("testsuite").Sum(suite => int.Parse(suite.Attribute("skipped")!.Value)).ShouldBe(cases.Count(testCase => testCase.Element("skipped") is not null));
        root.Descendants("property").ShouldContain(property => property.Attribute("name")!.Value == "suite-version" && property.Attribute("value")!.Value == card.Report.SuiteVersion);
        root.Descendants("property").ShouldContain(property => property.Attribute("name")!.Value == "submission" && property.Attribute("value")!.Value == submission);
    }

    [Test]
    public async Task Gradescopes_top_level_output_holds_only_the_graders_words_and_the_process_output_goes_to_extra_data()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Crashing);
        card.Report.ProcessOutput.ShouldContain("The looper gave up");

        using var json = JsonDocument.Parse(GradescopeResults.Write(card));

        json.RootElement.GetProperty("output").GetString()!.ShouldNotContain("The looper gave up");
        json.RootElement.GetProperty("extra_data").GetProperty("process_output").GetString()!.ShouldContain("The looper gave up");
    }

    [Test]
    public async Task Learner_facing_reports_leave_out_hidden_details_and_staff_reports_keep_them()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Stub);
        var hiddenName = GradedSubmissions.GoldenCatalog.Scenarios.First(scenario => scenario.Hidden).Name;

        foreach (var learner in (string[])[ExercismResults.Write(card, false), JUnitReport.Write(card, false), MarkdownSummary.Write(card, false), GradescopeResults.Write(card, false), ClassroomResults.Write(card, false)])
        {
            learner.ShouldNotContain(hiddenName);
            learner.ShouldNotContain("sc-hidden-");
        }

        MarkdownSummary.Write(card, showHidden: true).ShouldContain(hiddenName);
        ExercismResults.Write(card, showHidden: true).ShouldContain(hiddenName);
        GradescopeResults.Write(card, showHidden: true).ShouldContain(hiddenName);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];
}
