using System.Text.Json;
using Json.Schema;

namespace Looper.Grading.Tests.Fixtures;

/// <summary>The report schemas of grading/schemas, each loaded once per test run (a schema's $id may be registered once).</summary>
internal static class ReportSchemas
{
    private static readonly Lazy<JsonSchema> GradescopeSchema = new(() => Load("gradescope-results.schema.json"));
    private static readonly Lazy<JsonSchema> ExercismSchema = new(() => Load("exercism-results-v3.schema.json"));
    private static readonly Lazy<JsonSchema> ClassroomSchema = new(() => Load("classroom-results.schema.json"));

    public static JsonSchema Gradescope => GradescopeSchema.Value;

    public static JsonSchema Exercism => ExercismSchema.Value;

    public static JsonSchema Classroom => ClassroomSchema.Value;

    /// <summary>Fail with the first errors when <paramref name="root"/> does not match <paramref name="schema"/>.</summary>
    public static void ShouldMatch(this JsonSchema schema, JsonElement root, string what)
    {
        var result = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}"))
            .Take(10)
            .ToList();
        result.IsValid.ShouldBeTrue($"{what} does not match its schema: {string.Join("; ", errors)}");
    }

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf($"grading/schemas/{name}")));
}
