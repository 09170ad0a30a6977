using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using Looper.Grading.Reports;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Hostile.Tests;

/// <summary>Read a grading's reports: check each was written and matches its schema, and read the score they give.</summary>
internal static class Reports
{
    private static readonly Lazy<XmlSchemaSet> JUnitSchema = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, RepositoryFiles.PathOf("grading/schemas/junit-10.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Gets the names of the report files one grading writes into its reports folder.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [ReportFiles.GradescopeName, ReportFiles.ExercismName, ReportFiles.JUnitName, ReportFiles.MarkdownName, ReportFiles.ClassroomName];

    /// <summary>Check that every report is in <paramref name="folder"/> and valid, and return the score they agree on.</summary>
    public static double CheckAndScore(string folder, string what)
    {
        foreach (var name in Names)
        {
            File.Exists(Path.Combine(folder, name)).ShouldBeTrue($"{what}: {name} should have been written to {folder}");
        }

        using var gradescope = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ReportFiles.GradescopeName)));
        ReportSchemas.Gradescope.ShouldMatch(gradescope.RootElement, $"{what}: {ReportFiles.GradescopeName}");
        using var exercism = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ReportFiles.ExercismName)));
        ReportSchemas.Exercism.ShouldMatch(exercism.RootElement, $"{what}: {ReportFiles.ExercismName}");
        using var classroom = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ReportFiles.ClassroomName)));
        ReportSchemas.Classroom.ShouldMatch(classroom.RootElement, $"{what}: {ReportFiles.ClassroomName}");
        CheckJUnit(Path.Combine(folder, ReportFiles.JUnitName), what);
        File.ReadAllText(Path.Combine(folder, ReportFiles.MarkdownName)).ShouldNotBeNullOrWhiteSpace($"{what}: {ReportFiles.MarkdownName} is empty");

        var score = gradescope.RootElement.GetProperty("score").GetDouble();
        var classroomScore = classroom.RootElement.GetProperty("tests").EnumerateArray().Sum(test => test.GetProperty("score").GetDouble());
        classroomScore.ShouldBe(score, 1e-9, $"{what}: the Classroom report's points should add up to Gradescope's score");
        return score;
    }

    /// <summary>Check the reports in <paramref name="folder"/> as <see cref="CheckAndScore"/> does, returning what is wrong instead of throwing.</summary>
    public static (double? Score, string? Invalid) TryCheckAndScore(string folder, string what)
    {
        try
        {
            return (CheckAndScore(folder, what), null);
        }
        catch (ShouldAssertException failure)
        {
            return (null, failure.Message);
        }
        catch (Exception failure) when (failure is IOException or JsonException or XmlException)
        {
            return (null, $"{what}: {failure.Message}");
        }
    }

    /// <summary>Gets every place in <paramref name="texts"/> where one of <paramref name="secrets"/> appears, as "where: secret".</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<(string Where, string Text)> texts, IEnumerable<string> secrets)
    {
        var list = secrets.ToList();
        return [.. texts.SelectMany(text => list.Where(secret => text.Text.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{text.Where}: \"{Shorten(secret)}\""))];
    }

    /// <summary>Gets every file below <paramref name="folder"/> with the text a learner may see of it: Gradescope's tests shown only after the due date, or never, are left out (Gradescope hides them), the rest is whole.</summary>
    public static IEnumerable<(string Where, string Text)> LearnerViewsIn(string folder) =>
        FilesIn(folder).Select(file => Path.GetFileName(file.Where) == ReportFiles.GradescopeName ? (file.Where, LearnerView(file.Text)) : file);

    /// <summary>Gets every file below <paramref name="folder"/> with its text.</summary>
    public static IEnumerable<(string Where, string Text)> FilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => (file, File.ReadAllText(file)))
            : [];

    private static string LearnerView(string gradescope)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(gradescope)!.AsObject();
        if (root["tests"] is System.Text.Json.Nodes.JsonArray tests)
        {
            foreach (var test in tests.ToList())
            {
                if (test?["visibility"]?.GetValue<string>() is "hidden" or "after_due_date")
                {
                    tests.Remove(test);
                }
            }
        }

        return root.ToJsonString();
    }

    private static void CheckJUnit(string path, string what)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = JUnitSchema.Value };
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, error) => errors.Add(error.Message);
        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
            }
        }

        errors.ShouldBeEmpty($"{what}: {ReportFiles.JUnitName} does not match grading/schemas/junit-10.xsd");
    }

    private static string Shorten(string secret) => secret.Length > 60 ? secret[..60] + "…" : secret;
}
