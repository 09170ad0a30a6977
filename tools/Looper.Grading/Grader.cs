using System.Reflection;
using Looper.Conformance.Bridge;
using Looper.Grading.Configuration;
using Looper.Grading.Hosting;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Submissions;

namespace Looper.Grading;

/// <summary>
/// Grade one submission: build it when it is a project, run the suite against it held in a sandboxed host process, and report every scenario.
/// </summary>
/// <param name="timeProvider">The clock for time limits, durations and the report's date.</param>
/// <param name="host">How the submission's host is started, usually <see cref="GradingHost.Dotnet()"/>.</param>
public sealed class Grader(TimeProvider timeProvider, GradingHost host)
{
    /// <summary>Gets the version of the conformance suite, which every report carries.</summary>
    public static string SuiteVersion { get; } =
        typeof(FeatureCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(FeatureCatalog).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Grade <paramref name="submission"/> against every scenario of <paramref name="catalog"/>.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="catalog">The scenarios, hidden pack included.</param>
    /// <param name="config">Time limits and output caps.</param>
    /// <param name="cancellationToken">Stops the build and the run.</param>
    /// <returns>The report, also when the submission does not compile or has no single implementation.</returns>
    public Task<GradeReport> GradeAsync(Submission submission, ScenarioCatalog catalog, GradingConfig config, CancellationToken cancellationToken) =>
        GradeAsync(submission, catalog, config, null, cancellationToken);

    /// <summary>Grade <paramref name="submission"/> against every scenario of <paramref name="catalog"/>, telling <paramref name="progress"/> how far it got.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="catalog">The scenarios, hidden pack included.</param>
    /// <param name="config">Time limits and output caps.</param>
    /// <param name="progress">Told what is happening, such as <c>building</c> or <c>12 of 152 scenarios run</c>; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the build and the run.</param>
    /// <returns>The report, also when the submission does not compile or has no single implementation.</returns>
    public async Task<GradeReport> GradeAsync(Submission submission, ScenarioCatalog catalog, GradingConfig config, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(config);
        var gradedAt = timeProvider.GetUtcNow();
        var started = timeProvider.GetTimestamp();
        var work = Directory.CreateTempSubdirectory("looper-grade-");
        try
        {
            var report = new GradeReport
            {
                SuiteVersion = SuiteVersion,
                SubmissionName = submission.Name,
                SubmissionPath = submission.DisplayPath,
                SubmissionKind = submission.Kind,
                Outcome = GradeOutcome.Graded,
                Scenarios = [],
                GradedAt = gradedAt,
                ConfigPath = config.SourcePath is { } source ? Display(source) : null,
                HiddenPath = catalog.HiddenDirectory is { } hidden ? Display(hidden) : null,
            };
            if (submission.Kind == SubmissionKind.Project)
            {
                progress?.Report($"Building {submission.DisplayPath} (dotnet build)");
            }

            var build = await new SubmissionBuilder(timeProvider, host).BuildAsync(submission, config, work.FullName, cancellationToken);
            using var workspace = build.Workspace;
            if (!build.Succeeded)
            {
                return report with
                {
                    UnsandboxedBecause = build.UnsandboxedBecause,
                    Outcome = GradeOutcome.DoesNotBuild,
                    OutcomeMessage = SafeText.Clean(build.Message),
                    BuildErrors = build.Errors,
                    Scenarios = [.. catalog.Scenarios.Select(scenario => new ScenarioOutcome(
                        scenario, ScenarioStatus.Skipped, "Not run: the submission does not compile.", string.Empty, false, TimeSpan.Zero))],
                    Duration = timeProvider.GetElapsedTime(started),
                };
            }

            progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Running {catalog.Scenarios.Count} scenarios"));
            var run = await new RemoteSuiteRun(timeProvider, submission.Kind == SubmissionKind.Python ? host.ForPython() : host) { Progress = progress }
                .RunAsync(build.AssemblyPath!, build.BuiltRoot ?? submission.Root, catalog, config, cancellationToken);
            return report with
            {
                Outcome = run.Problem ?? GradeOutcome.Graded,
                OutcomeMessage = SafeText.Clean(run.ProblemMessage),
                Scenarios = run.Outcomes,
                Implementation = run.Implementation,
                ProcessOutput = SafeText.Clean(BuildDiagnostic.MakeRelative(run.ProcessOutput, build.BuiltRoot ?? submission.Root), SafeText.ProcessOutputLimit)!,
                ProcessOutputTruncated = run.ProcessOutputTruncated,
                Launches = run.Launches,
                UnsandboxedBecause = build.UnsandboxedBecause ?? run.UnsandboxedBecause,
                Duration = timeProvider.GetElapsedTime(started),
            };
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the report matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
