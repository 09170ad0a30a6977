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
/// Grade each test submission once per test run and share the report: grading is the slow part of these tests.
/// </summary>
/// <remarks>
/// The golden catalog is the suite's logging and failures features plus the hidden pack: the logging feature holds the
/// scenarios the hanging (a 2.5 s wait) and crashing (a 1.5 s wait) submissions stumble on, the failures feature has an
/// outline, and the hidden pack has hidden scenarios. Time limits are tiny so a hang costs three seconds.
/// Every submission but "broken" (which does not compile) is graded as the assembly <see cref="FixtureBuild"/> built: the grader's
/// build of a project has tests of its own, and building each submission again in the sandbox would cost most of this project's time.
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

    /// <summary>Gets the folder this test run's builds, installs and test results outside the repository go in.</summary>
    public static string Builds { get; } = Directory.CreateTempSubdirectory("looper-grading-tests-builds-").FullName;

    public static Grader Grader { get; } = new(TimeProvider.System, GradingHost.Dotnet());

    /// <summary>Gets the named submission as the grader is handed it: the reference, broken's project, or another's built assembly.</summary>
    public static async Task<Submission> LocateAsync(string name) => name switch
    {
        Reference => SubmissionLocator.Reference(),
        Broken => SubmissionLocator.Locate(Path.Combine(SubmissionsFolder, name), RepositoryFiles.Root),
        _ => SubmissionLocator.Locate(await BuiltAssemblyAsync(name), RepositoryFiles.Root) with { Name = name },
    };

    /// <summary>Grade the named submission against the golden catalog, once.</summary>
    public static Task<GradeReport> ReportAsync(string name) =>
        Reports.GetOrAdd(name, key => new Lazy<Task<GradeReport>>(async () => await Grader.GradeAsync(await LocateAsync(key), GoldenCatalog, ConfigFor(key), CancellationToken.None))).Value;

    /// <summary>The hostile submission's 10-million-character message takes the runner seconds to send, so it gets a roomier scenario limit.</summary>
    private static GradingConfig ConfigFor(string name) => name == Hostile ? Config with { ScenarioTimeout = TimeSpan.FromSeconds(60) } : Config;

    public static async Task<Scorecard> CardAsync(string name) => ScoreModel.Score(await ReportAsync(name), Config);

    /// <summary>Grade the named submission and make its report the same on every run: fixed date, version, durations and build configuration.</summary>
    public static async Task<Scorecard> GoldenCardAsync(string name) => ScoreModel.Score(Normalise(await ReportAsync(name)), Config);

    /// <summary>The assembly a fixture submission was built to, in its own bin folder, for tests that hand the grader a built .dll.</summary>
    public static Task<string> BuiltAssemblyAsync(string name) => FixtureBuild.AssemblyAsync(Path.Combine(SubmissionsFolder, name));

    public static GradeReport Normalise(GradeReport report) => report with
    {
        SuiteVersion = "0.0.0-golden",
        GradedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.Zero,
        HiddenPath = report.HiddenPath is null ? null : "grading/hidden",
        SubmissionPath = report.SubmissionPath.Replace($"/bin/{FixtureBuild.Configuration}/", "/bin/CONFIGURATION/", StringComparison.Ordinal),
        Scenarios = [.. report.Scenarios.Select(scenario => scenario with { Duration = TimeSpan.Zero })],
        ProcessOutput = string.Join('\n', report.ProcessOutput.ReplaceLineEndings("\n").Split('\n').Where(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))),
    };
}
