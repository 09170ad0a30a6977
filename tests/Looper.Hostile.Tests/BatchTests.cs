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
        Assert.Multiple(() =>
        {
            grading.ExitCode.ShouldBe(0, $"{what}\n{grading.Output}");
            File.Exists(Path.Combine(grading.ReportsFolder, "matrix.md")).ShouldBeTrue($"{what}: no matrix.md\n{grading.Output}");
            File.Exists(Path.Combine(grading.ReportsFolder, "matrix.html")).ShouldBeTrue($"{what}: no matrix.html");
            leftovers.ShouldBeEmpty($"{what}: processes outlived the batch");
            grading.GraderFiles().ShouldBe(before, $"{what}: the grader's files changed");
            Reports.Leaks(Reports.FilesIn(grading.ReportsFolder).Append(("console", grading.Output)), Secrets.All).ShouldBeEmpty($"{what}: leaks");
            Reports.CheckAndScore(Path.Combine(grading.ReportsFolder, "honest-reference"), "honest-reference in the batch").ShouldBe(reference, 1e-9);
            Reports.CheckAndScore(Path.Combine(grading.ReportsFolder, "honest-case"), "honest-case in the batch").ShouldBe(honest, 1e-9);
            foreach (var name in HostileInBatch)
            {
                Reports.CheckAndScore(Path.Combine(grading.ReportsFolder, name), $"{name} in the batch").ShouldBe(TrueScores.ForAsync(HostileCorpus.Named(name).Effect).Result, 1e-9);
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
