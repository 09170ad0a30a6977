using System.Globalization;
using Looper.Grading;
using Looper.Grading.Batch;
using Looper.Grading.Configuration;
using Looper.Grading.Hosting;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;
using Looper.Grading.Submissions;
using Spectre.Console;

namespace Looper.Cli.Grade;

/// <summary>
/// Carry out one <c>looper grade</c>: read the config and the hidden pack, grade one submission or a batch, print and write the reports.
/// </summary>
/// <param name="console">Where the scorecard, the matrix and progress go.</param>
/// <param name="error">Where bad input is explained.</param>
/// <param name="currentDirectory">The folder relative paths start from.</param>
/// <param name="timeProvider">The clock for time limits and the reports' dates.</param>
public sealed class GradeSession(IAnsiConsole console, TextWriter error, string currentDirectory, TimeProvider timeProvider)
{
    /// <summary>The folder a batch writes its reports to when <c>--reports</c> is not given.</summary>
    public const string DefaultBatchReports = "grading-reports";

    /// <summary>Run the request and return the exit code.</summary>
    /// <param name="request">What to grade and where to report.</param>
    /// <param name="cancellationToken">Stops grading.</param>
    /// <returns>One of the <see cref="ExitCodes"/>.</returns>
    public async Task<int> RunAsync(GradeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var config = LoadConfig(request);
            var hidden = request.NoHidden ? null : request.HiddenPath is { } path ? Path.GetFullPath(path, currentDirectory) : config.HiddenDirectory;
            var catalog = ScenarioCatalog.Load(hidden);
            var grader = new Grader(timeProvider, GradingHost.Dotnet());
            return request.Batch
                ? await GradeBatchAsync(request, config, catalog, grader, cancellationToken)
                : await GradeOneAsync(request, config, catalog, grader, cancellationToken);
        }
        catch (GradingProblemException problem)
        {
            await error.WriteLineAsync(problem.Message);
            return problem.Problem == GradingProblem.BadConfiguration ? ExitCodes.BadGradingConfig : ExitCodes.SubmissionNotFound;
        }
    }

    private GradingConfig LoadConfig(GradeRequest request)
    {
        var fallback = Path.Combine(currentDirectory, "grading", GradingConfigFile.DefaultFileName);
        var config = request.ConfigPath is { } given ? GradingConfigFile.Load(Path.GetFullPath(given, currentDirectory))
            : File.Exists(fallback) ? GradingConfigFile.Load(fallback)
            : GradingConfig.Default;
        return config with
        {
            ScenarioTimeout = request.ScenarioTimeout ?? config.ScenarioTimeout,
            RunTimeout = request.RunTimeout ?? config.RunTimeout,
        };
    }

    private async Task<int> GradeOneAsync(GradeRequest request, GradingConfig config, ScenarioCatalog catalog, Grader grader, CancellationToken cancellationToken)
    {
        var submission = SubmissionLocator.Locate(request.Submission, currentDirectory);
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"Grading {submission.DisplayPath} against {catalog.Scenarios.Count} scenarios ({catalog.HiddenCount} hidden)…")));
        var report = await GradeWithProgressAsync(grader, submission, catalog, config, cancellationToken);
        var card = ScoreModel.Score(report, config);
        ConsoleScorecard.Write(console, card, request.ShowHidden);
        var files = (request.ReportsFolder is { } folder ? ReportFiles.InFolder(Path.GetFullPath(folder, currentDirectory)) : ReportFiles.None)
            .Overridden(Absolute(request.Files));
        foreach (var written in files.Write(card, request.ShowHidden))
        {
            console.MarkupLine(written.Succeeded
                ? $"Wrote {Markup.Escape(written.Path)}"
                : $"[red]Could not write {Markup.Escape(written.Path)}[/]: {Markup.Escape(written.Error!)}. Check that the folder is writable; the other reports were written.");
        }

        return ExitCodeOf(card);
    }

    /// <summary>Grade one submission, showing what is happening: a live status line in a terminal, one plain line per phase otherwise (CI, redirected output).</summary>
    private async Task<GradeReport> GradeWithProgressAsync(Grader grader, Submission submission, ScenarioCatalog catalog, GradingConfig config, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            // Plain lines for logs: the phases only (building, running), not every scenario.
            var plain = new InlineProgress(text =>
            {
                if (!text.Contains(": ", StringComparison.Ordinal))
                {
                    console.MarkupLine(Markup.Escape(text + "…"));
                }
            });
            return await grader.GradeAsync(submission, catalog, config, plain, cancellationToken);
        }

        return await console.Status().StartAsync("Starting…", async status =>
        {
            var live = new InlineProgress(text => status.Status(Markup.Escape(text)));
            return await grader.GradeAsync(submission, catalog, config, live, cancellationToken);
        });
    }

    private async Task<int> GradeBatchAsync(GradeRequest request, GradingConfig config, ScenarioCatalog catalog, Grader grader, CancellationToken cancellationToken)
    {
        var folders = SubmissionLocator.BatchFolders(request.Submission ?? ".", currentDirectory);
        var reports = Path.GetFullPath(request.ReportsFolder ?? DefaultBatchReports, currentDirectory);
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"Grading {folders.Count} submissions against {catalog.Scenarios.Count} scenarios ({catalog.HiddenCount} hidden), {request.Parallelism} at a time…")));
        var progress = new Lock();
        var entries = await new BatchGrader(grader).GradeAsync(folders, currentDirectory, catalog, config, request.Parallelism, entry =>
        {
            var failed = entry.Card is { } card
                ? ReportFiles.InFolder(Path.Combine(reports, entry.Name)).Write(card, request.ShowHidden).Where(written => !written.Succeeded).ToList()
                : [];
            lock (progress)
            {
                console.MarkupLine(Markup.Escape($"  {entry.Name}: {ComplianceMatrix.OutcomeOf(entry)}"
                    + (entry.Card is { } scored ? $", {ReportText.Points(scored.Points)}/{ReportText.Points(scored.MaxPoints)} points" : string.Empty)));
                foreach (var written in failed)
                {
                    console.MarkupLine($"  [red]Could not write {Markup.Escape(written.Path)}[/]: {Markup.Escape(written.Error!)}");
                }
            }
        }, cancellationToken);

        var matrix = ComplianceMatrix.Of(entries, catalog, Grader.SuiteVersion, request.ShowHidden);
        WriteMatrixTable(matrix);
        Directory.CreateDirectory(reports);
        var markdownPath = Path.Combine(reports, "matrix.md");
        var htmlPath = Path.Combine(reports, "matrix.html");
        await File.WriteAllTextAsync(markdownPath, MatrixMarkdown.Write(matrix), cancellationToken);
        await File.WriteAllTextAsync(htmlPath, MatrixHtml.Write(matrix), cancellationToken);
        console.MarkupLine($"Wrote {Markup.Escape(markdownPath)}, {Markup.Escape(htmlPath)} and one folder of reports per submission.");
        return ExitCodes.Success;
    }

    private void WriteMatrixTable(ComplianceMatrix matrix)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("submission").AddColumn("outcome").AddColumn(new TableColumn("points").RightAligned());
        foreach (var stage in matrix.Stages)
        {
            table.AddColumn(new TableColumn(Markup.Escape(stage)).RightAligned());
        }

        foreach (var entry in matrix.Entries)
        {
            var cells = new List<string>
            {
                Markup.Escape(entry.Name),
                Markup.Escape(ComplianceMatrix.OutcomeOf(entry)),
                entry.Card is { } card ? $"{ReportText.Points(card.Points)}/{ReportText.Points(card.MaxPoints)}" : "–",
            };
            cells.AddRange(matrix.Stages.Select(stage => ComplianceMatrix.StageOf(entry, stage) is { } score
                ? string.Create(CultureInfo.InvariantCulture, $"{score.Passed}/{score.Total}")
                : "–"));
            table.AddRow([.. cells]);
        }

        console.Write(table);
    }

    private ReportFiles Absolute(ReportFiles files) => new(
        Absolute(files.Gradescope),
        Absolute(files.Exercism),
        Absolute(files.JUnit),
        Absolute(files.Markdown),
        Absolute(files.Classroom));

    private string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path, currentDirectory);

    private static int ExitCodeOf(Scorecard card) => card.Report.Outcome switch
    {
        GradeOutcome.Graded => card.FullMarks ? ExitCodes.Success : ExitCodes.NotFullMarks,
        GradeOutcome.DoesNotBuild => ExitCodes.DoesNotCompile,
        _ => ExitCodes.NoSingleImplementation,
    };

    /// <summary>Report progress on the thread that reports it, unlike <see cref="Progress{T}"/>, which posts to a context.</summary>
    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        private readonly Lock _gate = new();

        public void Report(string value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
