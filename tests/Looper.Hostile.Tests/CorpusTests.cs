using Looper.Hostile.Tests.Corpus;

namespace Looper.Hostile.Tests;

/// <summary>Keep the corpus, its folders and its document in step, and the true scores honest.</summary>
[TestFixture]
public sealed class CorpusTests
{
    [Test]
    public void Every_case_folder_is_listed_and_every_listed_case_has_a_folder()
    {
        var folders = Directory.GetDirectories(CaseBuild.CasesFolder, "hostile-*").Select(folder => Path.GetFileName(folder)!).Order(StringComparer.Ordinal).ToList();
        folders.ShouldBe(HostileCorpus.All.Select(entry => entry.Name).Order(StringComparer.Ordinal).ToList());
        HostileCorpus.All.Count.ShouldBeGreaterThanOrEqualTo(30);
    }

    [Test]
    public void No_case_name_holds_another_so_one_case_never_takes_anothers_processes_for_its_own()
    {
        var names = HostileCorpus.All.Select(entry => entry.Name).Append("honest-case").ToList();
        names.SelectMany(name => names.Where(other => other != name && other.Contains(name, StringComparison.Ordinal)).Select(other => $"{other} holds {name}"))
            .ShouldBeEmpty("cases find and kill their leftovers by name, in parallel with the others");
    }

    [Test]
    public void Every_case_is_a_row_of_the_corpus_document()
    {
        var document = File.ReadAllText(Looper.Grading.Tests.Fixtures.RepositoryFiles.PathOf("docs/hostile-corpus.md"));
        HostileCorpus.All.Where(entry => !document.Contains($"| `{entry.Name}` |", StringComparison.Ordinal)).Select(entry => entry.Name).ShouldBeEmpty("docs/hostile-corpus.md should have a row for each case");
    }

    [Test]
    public async Task The_trigger_reaches_some_scenarios_but_not_all_so_a_breaking_case_loses_some_points()
    {
        var triggered = await TrueScores.TriggeredAsync();
        var honest = await TrueScores.ForAsync(CaseEffect.None);
        var broken = await TrueScores.ForAsync(CaseEffect.BreaksTrigger);
        Assert.Multiple(() =>
        {
            triggered.ShouldNotBeEmpty("a wait of 2.5 s should appear in some scenario");
            broken.ShouldBeLessThan(honest, $"the scenarios {string.Join(", ", triggered)} should be worth points");
            broken.ShouldBeGreaterThan(0);
            honest.ShouldBeLessThanOrEqualTo(TrueScores.ForReferenceAsync().Result);
        });
    }
}
