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
        var texts = Reports.FilesIn(grading.ReportsFolder).Concat(Reports.FilesIn(grading.GitHubFolder)).Append(("console", grading.Output)).ToList();
        var leaks = Reports.Leaks(texts, Secrets.All);
        var forgedGitHub = Grading.GitHubFiles.Where(name => File.ReadAllText(Path.Combine(grading.GitHubFolder, name)).Length > 0).ToList();
        var after = grading.GraderFiles();

        Assert.Multiple(() =>
        {
            survivors.ShouldBeEmpty($"{what}: processes of the case outlived its grading");
            files.ShouldBeEmpty($"{what}: files of the case were left outside its scratch folder");
            leaks.ShouldBeEmpty($"{what}: secrets or hidden scenarios reached what learners see");
            forgedGitHub.ShouldBeEmpty($"{what}: GitHub Actions' files were written to");
            Changes(before, after).ShouldBeEmpty($"{what}: the grader's install, config or hidden pack changed");
            Reports.CheckAndScore(grading.ReportsFolder, what).ShouldBe(truth, 1e-9, $"{what}: the reported score should be the case's true score.\n{grading.Output}");
        });
    }

    private static List<string> Changes(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key)).Select(key => $"{key}: {(before.ContainsKey(key) ? after.ContainsKey(key) ? "changed" : "deleted" : "added")}")];
}
