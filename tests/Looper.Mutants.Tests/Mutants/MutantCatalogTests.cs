using System.Text.RegularExpressions;
using Looper.Conformance.Requirements;
using Looper.Mutants.Tests.Running;

namespace Looper.Mutants.Tests.Mutants;

/// <summary>Hold the mutants to their promise: enough of them, each naming a real requirement, every erratum of the notebook's code reproduced, and a bug-free baseline.</summary>
public sealed partial class MutantCatalogTests
{
    [Test]
    public void There_are_at_least_fifteen_mutants() =>
        MutantCatalog.All.Count.ShouldBeGreaterThanOrEqualTo(15, string.Join("\n", MutantCatalog.All));

    [Test]
    public void Every_mutant_breaks_a_requirement_that_scenarios_check_and_says_how()
    {
        var problems = MutantCatalog.All
            .Where(mutant => !RequirementCatalog.All.TryGetValue(mutant.RequirementId, out var requirement) || !requirement.CheckedByScenarios
                || string.IsNullOrWhiteSpace(mutant.Bug)
                || (mutant.Erratum is not null && !ErratumPattern().IsMatch(mutant.Erratum)))
            .Select(mutant => mutant.ToString());

        problems.ShouldBeEmpty("Each mutant needs a requirement ID that the spec defines and scenarios check, a one-line bug, and an erratum like E4 or none.");
    }

    [Test]
    public void Every_erratum_of_the_spec_has_a_mutant_that_reproduces_it()
    {
        var reproduced = MutantCatalog.All.Select(mutant => mutant.Erratum).OfType<string>().ToHashSet(StringComparer.Ordinal);

        SpecErrata().Where(erratum => !reproduced.Contains(erratum)).ShouldBeEmpty("These errata of spec/looper-spec.md have no mutant with Erratum = \"…\".");
    }

    [Test]
    public async Task The_baseline_the_mutants_are_copied_from_passes_every_scenario()
    {
        var outcomes = await SuiteRun.RunAsync("mutant baseline", MutantCatalog.CreateBaseline);

        outcomes.Where(outcome => !outcome.Passed).Select(outcome => outcome.ToString()).ShouldBeEmpty("The baseline copy of the reference fails: a mutant's failures would then prove nothing. Bring tests/Looper.Mutants/Baseline in line with the reference.");
    }

    private static IEnumerable<string> SpecErrata()
    {
        using var stream = typeof(RequirementCatalog).Assembly.GetManifestResourceStream(RequirementCatalog.SpecResource)!;
        using var reader = new StreamReader(stream);
        return [.. SpecErratumPattern().Matches(reader.ReadToEnd()).Select(match => match.Groups[1].Value)];
    }

    [GeneratedRegex("^E[0-9]+$")]
    private static partial Regex ErratumPattern();

    [GeneratedRegex(@"^- (E[0-9]+) —", RegexOptions.Multiline)]
    private static partial Regex SpecErratumPattern();
}
