using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using Json.Schema;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scoring;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Reports;

/// <summary>
/// Validate every report against the schemas in grading/schemas (written from each format's published definition):
/// for a full-marks, an all-red, a not-compiling and a hostile submission, whose messages hold control characters, lone
/// surrogates and values of 10 million characters. Every report is written and stays under its cap.
/// </summary>
public sealed class ReportSchemaTests
{
    private static readonly string[] Submissions =
        [GradedSubmissions.Reference, GradedSubmissions.Stub, GradedSubmissions.Broken, GradedSubmissions.Hostile];

    [TestCaseSource(nameof(Submissions))]
    public async Task Every_report_is_written_under_its_cap_and_validates_against_its_schema(string submission)
    {
        var card = await GradedSubmissions.CardAsync(submission);
        using var folder = new TemporaryFolder();

        var written = ReportFiles.InFolder(folder.Path).Write(card, showHidden: false);

        written.Where(file => !file.Succeeded).ShouldBeEmpty();
        written.Count.ShouldBe(5);
        foreach (var file in written)
        {
            new FileInfo(file.Path).Length.ShouldBeLessThanOrEqualTo(SafeText.ReportLimit * 3L, file.Path);
            File.ReadAllText(file.Path).Length.ShouldBeLessThanOrEqualTo(SafeText.ReportLimit, file.Path);
        }

        Validate(ReportSchemas.Gradescope, Path.Combine(folder.Path, ReportFiles.GradescopeName));
        Validate(ReportSchemas.Exercism, Path.Combine(folder.Path, ReportFiles.ExercismName));
        Validate(ReportSchemas.Classroom, Path.Combine(folder.Path, ReportFiles.ClassroomName));
        ValidateJUnit(Path.Combine(folder.Path, ReportFiles.JUnitName));
    }

    [Test]
    public async Task Every_report_of_an_unsandboxed_grading_says_so_and_why_and_still_validates()
    {
        var graded = await GradedSubmissions.CardAsync(GradedSubmissions.Stub);
        var broken = await GradedSubmissions.CardAsync(GradedSubmissions.Broken);
        foreach (var card in (Scorecard[])[graded, broken])
        {
            var unsandboxed = card with { Report = card.Report with { UnsandboxedBecause = "bwrap is not installed" } };
            using var folder = new TemporaryFolder();

            var written = ReportFiles.InFolder(folder.Path).Write(unsandboxed, showHidden: false);

            written.Count.ShouldBe(5);
            foreach (var file in written)
            {
                var text = File.ReadAllText(file.Path);
                text.ShouldContain("UNSANDBOXED", customMessage: file.Path);
                text.ShouldContain("bwrap is not installed", customMessage: file.Path);
            }

            Validate(ReportSchemas.Gradescope, Path.Combine(folder.Path, ReportFiles.GradescopeName));
            Validate(ReportSchemas.Exercism, Path.Combine(folder.Path, ReportFiles.ExercismName));
            Validate(ReportSchemas.Classroom, Path.Combine(folder.Path, ReportFiles.ClassroomName));
            ValidateJUnit(Path.Combine(folder.Path, ReportFiles.JUnitName));
            GradescopeResults.Write(card).ShouldNotContain("UNSANDBOXED", customMessage: "a sandboxed grading says nothing of the kind");
        }
    }

    [Test]
    public async Task The_hostile_submissions_messages_reach_the_reports_escaped_and_cut()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Hostile);

        var errored = card.Scenarios.Where(scenario => scenario.Outcome.Message?.Contains("bell", StringComparison.Ordinal) == true).ToList();
        errored.ShouldNotBeEmpty();
        errored[0].Outcome.Message!.ShouldContain("bell \\u0007 nul \\u0000 one \\u0001 escape \\u001b[31m lone \ufffd low \ufffd");

        // The 10-million-character message cannot cross the protocol (a frame is at most 1 MiB, PROTO-7): the channel
        // breaks, that scenario errors with the broken channel's message, and a new host serves the next one.
        var huge = card.Scenarios.Single(scenario => scenario.Outcome.Message?.Contains("longer than 1048576 bytes", StringComparison.Ordinal) == true);
        huge.Status.ShouldBe(ScenarioStatus.Errored);
        huge.Outcome.Message!.Length.ShouldBeLessThanOrEqualTo(SafeText.MessageLimit);
        card.Scenarios.ShouldAllBe(scenario => scenario.Outcome.Output.Length <= SafeText.OutputLimit);
    }

    [Test]
    public void A_report_over_its_cap_is_written_again_with_short_messages_and_still_validates()
    {
        var card = GradedSubmissions.CardAsync(GradedSubmissions.Stub).GetAwaiter().GetResult();
        var long_ = new string('m', SafeText.MessageLimit);
        var swollen = card with
        {
            Scenarios = [.. Enumerable.Range(0, 8).SelectMany(_ => card.Scenarios)
                .Select(scenario => scenario with { Outcome = scenario.Outcome with { Message = long_, Output = long_ } })],
        };
        using var folder = new TemporaryFolder();

        var written = ReportFiles.InFolder(folder.Path).Write(swollen, showHidden: false);

        written.ShouldAllBe(file => file.Succeeded);
        foreach (var file in written)
        {
            File.ReadAllText(file.Path).Length.ShouldBeLessThanOrEqualTo(SafeText.ReportLimit, file.Path);
        }

        Validate(ReportSchemas.Gradescope, Path.Combine(folder.Path, ReportFiles.GradescopeName));
        ValidateJUnit(Path.Combine(folder.Path, ReportFiles.JUnitName));
    }

    [Test]
    public async Task A_writer_that_fails_costs_only_its_own_file()
    {
        var card = await GradedSubmissions.CardAsync(GradedSubmissions.Reference);
        using var folder = new TemporaryFolder();
        var first = Path.Combine(folder.Path, "first.txt");
        var last = Path.Combine(folder.Path, "last.txt");

        var written = ReportFiles.Write(card,
        [
            (first, _ => "first"),
            (Path.Combine(folder.Path, "broken.txt"), _ => throw new IOException("the disk is full")),
            (last, _ => "last"),
        ]);

        written.Select(file => (System.IO.Path.GetFileName(file.Path), file.Succeeded)).ShouldBe([("first.txt", true), ("broken.txt", false), ("last.txt", true)]);
        written[1].Error.ShouldBe("IOException: the disk is full");
        File.ReadAllText(last).ShouldBe("last");
    }

    private static void Validate(JsonSchema schema, string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        schema.ShouldMatch(document.RootElement, Path.GetFileName(path));
    }

    private static void ValidateJUnit(string path)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, RepositoryFiles.PathOf("grading/schemas/junit-10.xsd"));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, CheckCharacters = true };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
            }
        }

        problems.ShouldBeEmpty($"{Path.GetFileName(path)} does not match junit-10.xsd");
    }
}
