using Looper.Hostile.Tests.Corpus;

namespace Looper.Hostile.Tests;

/// <summary>
/// Grade each hostile case through <c>looper grade</c> in a process of its own and check that it could not cheat: its score
/// is its true score, no secret or hidden text is in any report, nothing of it is left running or lying around, every
/// report is written and valid, and the grader's install, config and hidden pack are unchanged.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class HostileCaseTests
{
    public static IEnumerable<TestCaseData> Cases => HostileCorpus.All.Select(entry => new TestCaseData(entry).SetName($"Hostile case {entry.Name} cannot cheat"));

    [TestCaseSource(nameof(Cases))]
    public async Task Case_cannot_cheat(HostileCase hostile)
    {
        if (hostile.KnownHole is { } hole)
        {
            Assert.Ignore(hole);
        }

        await Bubblewrap.EnsureInstalledAsync();
        if (hostile.Kind == CaseKind.RunTime)
        {
            await CaseBuild.EnsureAsync();
        }

        var truth = await TrueScores.ForAsync(hostile.Effect);
        (await Leftovers.ProcessesAsync(hostile.Name)).ShouldBeEmpty($"{hostile.Name} has processes left from an earlier run; end them first");
        var grading = Grading.Prepare();
        var before = grading.GraderFiles();

        await grading.RunAsync(hostile.Submission, GraderOptions.Required);

        var survivors = await Leftovers.ProcessesAsync(hostile.Name);
        Leftovers.Kill(hostile.Name);
        var files = Leftovers.Files(hostile.Name, grading.Folder);
        var what = $"{hostile.Name} ({hostile.Attack}), exit {grading.ExitCode}, graded in {grading.Duration.TotalSeconds:0.0} s";
        var leaks = Leaks(grading.ReportsFolder, grading.GitHubFolder, grading.Output);
        var forgedGitHub = Grading.GitHubFiles.Where(name => File.ReadAllText(Path.Combine(grading.GitHubFolder, name)).Length > 0).ToList();
        var after = grading.GraderFiles();

        var (score, invalid) = Reports.TryCheckAndScore(grading.ReportsFolder, what);

        Assert.Multiple(() =>
        {
            Assert.That(survivors, Is.Empty, $"{what}: processes of the case outlived its grading");
            Assert.That(files, Is.Empty, $"{what}: files of the case were left outside its scratch folder");
            Assert.That(leaks, Is.Empty, $"{what}: secrets or hidden scenarios reached what learners see");
            Assert.That(forgedGitHub, Is.Empty, $"{what}: GitHub Actions' files were written to");
            Assert.That(Changes(before, after), Is.Empty, $"{what}: the grader's install, config or hidden pack changed");
            Assert.That(invalid, Is.Null, $"{what}: a report is missing or invalid");
            Assert.That(score, Is.EqualTo(truth).Within(1e-9), $"{what}: the reported score should be the case's true score.\n{grading.Output}");
        });
    }

    /// <summary>Gets where an environment secret appears in any file or the console, or a hidden scenario's text in what a learner sees.</summary>
    internal static IReadOnlyList<string> Leaks(string reports, string gitHub, string console)
    {
        var everything = Reports.FilesIn(reports).Concat(Reports.FilesIn(gitHub)).Append(("console", console)).ToList();
        var learnerViews = Reports.LearnerViewsIn(reports).Concat(Reports.FilesIn(gitHub)).Append(("console", console)).ToList();
        return [.. Reports.Leaks(everything, Secrets.Environment), .. Reports.Leaks(learnerViews, Secrets.Hidden)];
    }

    private static List<string> Changes(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key)).Select(key => $"{key}: {(before.ContainsKey(key) ? after.ContainsKey(key) ? "changed" : "deleted" : "added")}")];
}
