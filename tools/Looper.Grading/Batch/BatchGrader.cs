using Looper.Grading.Configuration;
using Looper.Grading.Scenarios;
using Looper.Grading.Scoring;
using Looper.Grading.Submissions;

namespace Looper.Grading.Batch;

/// <summary>
/// Grade a folder of submissions, one per subfolder, several at a time; builds still run one at a time.
/// </summary>
/// <param name="grader">Grades each submission.</param>
public sealed class BatchGrader(Grader grader)
{
    /// <summary>Grade every submission folder.</summary>
    /// <param name="folders">The submission folders, as <see cref="SubmissionLocator.BatchFolders"/> lists them.</param>
    /// <param name="currentDirectory">The folder paths are shown relative to.</param>
    /// <param name="catalog">The scenarios.</param>
    /// <param name="config">Points, time limits and caps.</param>
    /// <param name="parallelism">How many submissions to grade at once.</param>
    /// <param name="graded">Called as each submission is done, for progress and its reports; calls may overlap.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One entry per folder, in the order given.</returns>
    public Task<IReadOnlyList<BatchEntry>> GradeAsync(
        IReadOnlyList<string> folders,
        string currentDirectory,
        ScenarioCatalog catalog,
        GradingConfig config,
        int parallelism,
        Action<BatchEntry> graded,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var items = folders.Select(folder =>
        {
            var name = new DirectoryInfo(folder).Name;
            try
            {
                return new BatchItem(name, SubmissionLocator.Locate(folder, currentDirectory), null);
            }
            catch (GradingProblemException problem)
            {
                return new BatchItem(name, null, problem.Message);
            }
        }).ToList();
        return GradeAsync(items, catalog, config, parallelism, graded, cancellationToken);
    }

    /// <summary>Grade submissions already located, such as assemblies already built.</summary>
    /// <param name="items">The submissions, each with its name, or the problem that kept it from being located.</param>
    /// <param name="catalog">The scenarios.</param>
    /// <param name="config">Points, time limits and caps.</param>
    /// <param name="parallelism">How many submissions to grade at once.</param>
    /// <param name="graded">Called as each submission is done; calls may overlap.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One entry per item, in the order given.</returns>
    public async Task<IReadOnlyList<BatchEntry>> GradeAsync(
        IReadOnlyList<BatchItem> items,
        ScenarioCatalog catalog,
        GradingConfig config,
        int parallelism,
        Action<BatchEntry> graded,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(graded);
        var entries = new BatchEntry[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (index, token) =>
        {
            var item = items[index];
            BatchEntry entry;
            try
            {
                entry = item.Submission is { } submission
                    ? new BatchEntry(item.Name, ScoreModel.Score(await grader.GradeAsync(submission, catalog, config, token), config), null)
                    : new BatchEntry(item.Name, null, item.Problem);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // One submission the grader cannot handle (a folder it cannot copy, a build it cannot start) costs only its own row.
                entry = new BatchEntry(item.Name, null, $"the grader could not grade it: {exception.GetType().Name}: {exception.Message}");
            }

            entries[index] = entry;
            try
            {
                graded(entry);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Reports that cannot be written for one submission must not stop the batch or its matrix.
                entries[index] = entry with { Problem = $"its reports could not be written: {exception.Message}" };
            }
        });
        return entries;
    }
}

/// <summary>
/// Name one submission of a batch before grading: the submission, or why none was found in its folder.
/// </summary>
/// <param name="Name">The name the matrix shows.</param>
/// <param name="Submission">The submission, when one was found.</param>
/// <param name="Problem">Why there is none, such as a folder with no project.</param>
public sealed record BatchItem(string Name, Submission? Submission, string? Problem);

/// <summary>
/// Hold one submission of a batch: its scorecard, or why it could not be graded at all.
/// </summary>
/// <param name="Name">The submission folder's name.</param>
/// <param name="Card">The scorecard, when the folder held a submission.</param>
/// <param name="Problem">Why there is no scorecard, such as a folder with no project.</param>
public sealed record BatchEntry(string Name, Scorecard? Card, string? Problem);
