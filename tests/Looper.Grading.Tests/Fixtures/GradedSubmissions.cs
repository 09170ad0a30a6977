using System.Collections.Concurrent;
using Looper.Conformance.Bridge;
using Looper.Grading.Configuration;
using Looper.Grading.Hosting;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;
using Looper.Grading.Submissions;

namespace Looper.Grading.Tests.Fixtures;

/// <summary>
/// Grade each test submission once per test run and share the report: building and grading are the slow part of these tests.
/// </summary>
/// <remarks>
/// The golden catalog is the suite's logging and failures features plus the hidden pack: the logging feature holds the
/// scenarios the hanging (a 2.5 s wait) and crashing (a 1.5 s wait) submissions stumble on, the failures feature has an
/// outline, and the hidden pack has hidden scenarios. Time limits are tiny so a hang costs three seconds.
/// </remarks>
internal static class GradedSubmissions
{
    public const string Reference = "reference";
    public const string Stub = "stub";
    public const string Hanging = "hanging";
    public const string Crashing = "crashing";
    public const string Broken = "broken";
    public const string TwoImplementations = "two-implementations";
    /// <summary>The source of the correct submission with a warning; graded as <see cref="StandaloneSubmission"/> writes it.</summary>
    public const string Warning = "warning";
    public const string Hostile = "hostile";
    public const string HangingToString = "hanging-tostring";

    /// <summary>The submissions the golden files cover.</summary>
    public static readonly string[] Golden = [Reference, Stub, Hanging, Crashing, Broken];

    private static readonly ConcurrentDictionary<string, Lazy<Task<GradeReport>>> Reports = new(StringComparer.Ordinal);

    public static string SubmissionsFolder { get; } = RepositoryFiles.PathOf("tests/Looper.Grading.Tests/Submissions");

    public static string HiddenFolder { get; } = RepositoryFiles.PathOf("grading/hidden");

    public static GradingConfig Config { get; } = GradingConfig.Default with
    {
        ScenarioTimeout = TimeSpan.FromSeconds(3),
        RunTimeout = TimeSpan.FromMinutes(2),
        ScenarioOutputLimit = 20,

        // Room for every line the runner's processes write, stack traces included: the traces hold the checkout's
        // paths, so a cut inside them would fall at a different place in every clone. Normalise drops them after.
        ProcessOutputLimit = 60_000,
        HiddenDirectory = HiddenFolder,
    };

    public static ScenarioCatalog GoldenCatalog { get; } = ScenarioCatalog.Create(
        FeatureCatalog.Features.Where(feature => feature.Path is "features/logging.feature" or "features/failures.feature"),
        HiddenPack.Load(HiddenFolder),
        HiddenFolder);

    /// <summary>Gets the folder each grading of this test run keeps its scratch copy and build in, so tests can reuse a built assembly.</summary>
    public static string Builds { get; } = Directory.CreateTempSubdirectory("looper-grading-tests-builds-").FullName;

    public static Grader Grader { get; } = new(TimeProvider.System, GradingHost.Dotnet(), Builds);

    public static Submission Locate(string name) =>
        name == Reference ? SubmissionLocator.Reference() : SubmissionLocator.Locate(Path.Combine(SubmissionsFolder, name), RepositoryFiles.Root);

    /// <summary>Grade the named submission against the golden catalog, once.</summary>
    public static Task<GradeReport> ReportAsync(string name) =>
        Reports.GetOrAdd(name, key => new Lazy<Task<GradeReport>>(() => Grader.GradeAsync(Locate(key), GoldenCatalog, ConfigFor(key), CancellationToken.None))).Value;

    /// <summary>The hostile submission's 10-million-character message takes the runner seconds to send, so it gets a roomier scenario limit.</summary>
    private static GradingConfig ConfigFor(string name) => name == Hostile ? Config with { ScenarioTimeout = TimeSpan.FromSeconds(60) } : Config;

    public static async Task<Scorecard> CardAsync(string name) => ScoreModel.Score(await ReportAsync(name), Config);

    /// <summary>Grade the named submission and make its report the same on every run: fixed date, version and durations.</summary>
    public static async Task<Scorecard> GoldenCardAsync(string name) => ScoreModel.Score(Normalise(await ReportAsync(name)), Config);

    /// <summary>The assembly a fixture submission was built to (in its scratch copy, kept under <see cref="Builds"/>), for tests that hand the grader a built .dll.</summary>
    public static async Task<string> BuiltAssemblyAsync(string name)
    {
        await ReportAsync(name);
        var project = Locate(name);
        var file = Path.GetFileNameWithoutExtension(project.Path) + ".dll";
        var assembly = Directory.GetDirectories(Builds, name + "-*")
            .Select(work => Path.Combine(work, "source", name, "bin", "Debug", "net10.0", file))
            .FirstOrDefault(File.Exists);
        assembly.ShouldNotBeNull($"{name} should have been built to {Builds}/{name}-*/source/{name}/bin/Debug/net10.0/{file}");
        return assembly;
    }

    public static GradeReport Normalise(GradeReport report) => report with
    {
        SuiteVersion = "0.0.0-golden",
        GradedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.Zero,
        HiddenPath = report.HiddenPath is null ? null : "grading/hidden",
        Scenarios = [.. report.Scenarios.Select(scenario => scenario with { Duration = TimeSpan.Zero })],
        ProcessOutput = string.Join('\n', report.ProcessOutput.ReplaceLineEndings("\n").Split('\n').Where(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))),
    };
}
