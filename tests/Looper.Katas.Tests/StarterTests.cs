using Looper.Testing;
using System.Globalization;
using System.Reflection;
using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Conformance.Requirements;
using Looper.Kata;

namespace Looper.Katas.Tests;

/// <summary>
/// Prove the starting position of the kata: every scenario fails at once with "not implemented", naming the member and the spec section, and nothing hangs.
/// </summary>
/// <remarks>
/// The starter's own test project is left out of the solution, so its expected failures never turn <c>dotnet test</c>
/// red; its scenarios run here instead, through the same runner, and their outcomes are checked one by one.
/// </remarks>
public sealed partial class StarterTests
{
    [Test]
    public async Task Every_scenario_fails_with_not_implemented_and_the_spec_section_to_read()
    {
        var outcomes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var scenario in CoreScenarios())
        {
            var outcome = await OutcomeOf(scenario);
            outcome.ShouldStartWith("not implemented: ", customMessage: $"{ScenarioId(scenario)}: {scenario}");
            outcome.ShouldContain(", see spec section", customMessage: $"{ScenarioId(scenario)}: {scenario}");
            outcomes.Add(string.Create(CultureInfo.InvariantCulture, $"stage {scenario.Traits.Stage}: {outcome}"));
        }

        // The distinct first lines per stage: new scenarios leave this file alone unless they fail in a new way.
        Approval.Verify(string.Join("\n", outcomes), "tests/Looper.Katas.Tests/Starter.approved.txt");
    }

    [Test]
    public void Every_stub_names_its_member_and_a_spec_section_of_the_first_stage_that_needs_it()
    {
        var members = StubbedMembers().ToList();

        members.Count.ShouldBe(typeof(ILooper).GetMethods().Length + typeof(ILooperImplementation).GetMethods().Length);
        foreach (var (member, call) in members)
        {
            var thrown = Should.Throw<NotImplementedException>(call);
            thrown.Message.ShouldStartWith($"{member}: see spec section", customMessage: member);
            var stage = FirstStageThatNeeds[member];
            var named = SectionNumbers().Matches(thrown.Message).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            named.Overlaps(SectionsCheckedIn(stage)).ShouldBeTrue(
                $"{member}'s stub names sections {string.Join(", ", named)}, none of which stage {stage} checks ({string.Join(", ", SectionsCheckedIn(stage))})");
        }
    }

    /// <summary>The stage whose instructions first ask for each member (see katas/stages/*/instructions.md).</summary>
    private static readonly Dictionary<string, int> FirstStageThatNeeds = new(StringComparer.Ordinal)
    {
        ["ILooperImplementation.CreateWait"] = 1,
        ["ILooperImplementation.CreateLooper"] = 1,
        ["ILooper.AddTask"] = 1,
        ["ILooper.GetTask"] = 1,
        ["ILooper.RunUntilComplete"] = 2,
        ["ILooper.KillTask"] = 2,
        ["ILooperImplementation.CreateWaitWrapper"] = 5,
    };

    private static SortedSet<string> SectionsCheckedIn(int stage) => new(
        CoreScenarios()
            .Where(scenario => scenario.Traits.Stage == stage)
            .SelectMany(scenario => scenario.Tags)
            .Where(tag => RequirementCatalog.All.ContainsKey(tag))
            .Select(tag => RequirementCatalog.All[tag].Section.Split('.')[0]),
        StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d+) \([A-Z]+\)")]
    private static partial System.Text.RegularExpressions.Regex SectionNumbers();

    [Test]
    public async Task The_first_scenario_of_stage_1_is_the_notebooks_hand_stepped_wait()
    {
        var first = CoreScenarios().First(scenario => scenario.Traits.Stage == 1 && scenario.Tags.Contains("notebook"));

        ScenarioId(first).ShouldBe("sc-wait-01");
        (await OutcomeOf(first)).ShouldStartWith("not implemented: ILooperImplementation.CreateWait, see spec section 2 (WAIT)");
    }

    private static IEnumerable<ScenarioCase> CoreScenarios() =>
        FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).Where(scenario => !scenario.Traits.IsExtension);

    private static string ScenarioId(ScenarioCase scenario) =>
        scenario.Tags.Single(tag => tag.StartsWith("sc-", StringComparison.Ordinal)) + (scenario.Name.EndsWith(')') ? $" {scenario.Name[scenario.Name.LastIndexOf('(')..]}" : string.Empty);

    private static async Task<string> OutcomeOf(ScenarioCase scenario)
    {
        var outcome = await Looper.Conformance.ConformanceRun.RunAsync(new KataLooperImplementation(), scenario);
        return outcome switch
        {
            { Status: Looper.Conformance.OutcomeStatus.Passed } => "passed",
            { Exception: ImplementationFailedException failure } => failure.Message.Split('\n')[0],
            { Exception: { } other } => $"unexpected {other.GetType().Name}: {other.Message.Split('\n')[0]}",
            _ => $"unexpected {outcome.Status}: {outcome.Message}",
        };
    }

    private static IEnumerable<(string Member, Action Call)> StubbedMembers()
    {
        var implementation = new KataLooperImplementation();
        var looper = new KataLooper();
        var time = TimeProvider.System;
        var logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var coroutine = Enumerable.Empty<Future>().GetEnumerator();
        yield return ("ILooperImplementation.CreateLooper", () => implementation.CreateLooper(time, logger));
        yield return ("ILooperImplementation.CreateWait", () => implementation.CreateWait(TimeSpan.Zero, time, logger));
        yield return ("ILooperImplementation.CreateWaitWrapper", () => implementation.CreateWaitWrapper(() => null, TimeSpan.Zero, looper, time, logger));
        yield return ("ILooper.AddTask", () => looper.AddTask(coroutine));
        yield return ("ILooper.RunUntilComplete", looper.RunUntilComplete);
        yield return ("ILooper.GetTask", () => looper.GetTask(coroutine));
        yield return ("ILooper.KillTask", () => looper.KillTask(coroutine));
    }
}
