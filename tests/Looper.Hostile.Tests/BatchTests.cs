using Looper.Grading.Reports;
using Looper.Hostile.Tests.Corpus;

namespace Looper.Hostile.Tests;

/// <summary>Grade several hostile cases and two honest submissions in one <c>looper grade --batch</c>.</summary>
[TestFixture]
public sealed class BatchTests
{
    private static readonly string[] HostileInBatch =
    [
        "hostile-kill-ancestors", "hostile-tamper-install", "hostile-forge-report-files", "hostile-pkill-dotnet", "hostile-leftover-setsid", "hostile-environment-exit",
    ];

    [Test]
    public async Task A_batch_with_hostile_cases_completes_with_its_matrix_and_honest_scores_unchanged()
    {
        await Bubblewrap.EnsureInstalledAsync();
        await CaseBuild.EnsureAsync();
        var grading = Grading.Prepare();
        var batch = Path.Combine(grading.Folder, "batch");
        foreach (var name in HostileInBatch)
        {
            Copy(Path.GetDirectoryName(HostileCorpus.Named(name).Assembly)!, Path.Combine(batch, name));
        }

        Copy(Path.GetDirectoryName(HostileCorpus.Named("hostile-leftover-sleep").Assembly)!, Path.Combine(batch, "hostile-leftover-sleep"));
        Copy(Path.Combine(CaseBuild.CasesFolder, "..", "..", "..", "reference-impl", "Looper.Reference", "bin", "Debug", "net10.0"), Path.Combine(batch, "honest-reference"));
        Copy(Path.GetDirectoryName(Path.Combine(CaseBuild.CasesFolder, "honest-case", "bin", "Debug", "net10.0", "honest-case.dll"))!, Path.Combine(batch, "honest-case"));
        var before = grading.GraderFiles();

        await grading.RunAsync(batch, ["--batch", "--parallel", "2", .. GraderOptions.Required]);

        var leftovers = new List<string>();
        foreach (var name in HostileInBatch.Append("hostile-leftover-sleep"))
        {
            leftovers.AddRange(await Leftovers.ProcessesAsync(name));
            Leftovers.Kill(name);
        }

        var what = $"looper grade --batch, exit {grading.ExitCode}, {grading.Duration.TotalSeconds:0.0} s";
        var reference = await TrueScores.ForReferenceAsync();
        var honest = await TrueScores.ForAsync(CaseEffect.None);
        var expected = new Dictionary<string, double>(StringComparer.Ordinal) { ["honest-reference"] = reference, ["honest-case"] = honest, ["hostile-leftover-sleep"] = honest };
        foreach (var name in HostileInBatch)
        {
            expected[name] = await TrueScores.ForAsync(HostileCorpus.Named(name).Effect);
        }

        var scores = expected.Keys.ToDictionary(name => name, name => Reports.TryCheckAndScore(Path.Combine(grading.ReportsFolder, name), $"{name} in the batch"), StringComparer.Ordinal);
        var after = grading.GraderFiles();
        Assert.Multiple(() =>
        {
            Assert.That(grading.ExitCode, Is.EqualTo(0), $"{what}\n{grading.Output}");
            Assert.That(File.Exists(Path.Combine(grading.ReportsFolder, "matrix.md")), Is.True, $"{what}: no matrix.md\n{grading.Output}");
            Assert.That(File.Exists(Path.Combine(grading.ReportsFolder, "matrix.html")), Is.True, $"{what}: no matrix.html");
            Assert.That(leftovers, Is.Empty, $"{what}: processes outlived the batch");
            Assert.That(after, Is.EqualTo(before), $"{what}: the grader's install, config or hidden pack changed");
            Assert.That(HostileCaseTests.Leaks(grading.ReportsFolder, grading.GitHubFolder, grading.Output), Is.Empty, $"{what}: secrets or hidden scenarios reached what learners see");
            foreach (var (name, (score, invalid)) in scores)
            {
                Assert.That(invalid, Is.Null, $"{name} in the batch: a report is missing or invalid");
                Assert.That(score, Is.EqualTo(expected[name]).Within(1e-9), $"{name} in the batch: the score should be its true score");
            }
        });
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
