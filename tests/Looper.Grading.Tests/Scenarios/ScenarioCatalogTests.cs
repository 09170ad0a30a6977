using Looper.Conformance.Bridge;
using Looper.Grading.Scenarios;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Scenarios;

public sealed class ScenarioCatalogTests
{
    [Test]
    public void The_catalog_lists_the_suites_scenarios_then_the_hidden_pack_each_under_a_unique_key()
    {
        var catalog = ScenarioCatalog.Load(GradedSubmissions.HiddenFolder);

        catalog.Scenarios.Count.ShouldBe(FeatureCatalog.Features.Sum(feature => feature.Scenarios.Count) + 4);
        catalog.HiddenCount.ShouldBe(4);
        catalog.Scenarios.TakeLast(4).ShouldAllBe(scenario => scenario.Hidden);
        catalog.Scenarios.Select(scenario => scenario.Key).ShouldBeUnique();
        catalog.Scenarios.ShouldAllBe(scenario => scenario.Stage != null);
    }

    [Test]
    public void The_examples_of_an_outline_share_its_ID_and_are_numbered_in_their_keys()
    {
        var catalog = ScenarioCatalog.Create([Compile("@stage-6\nFeature: F\n  @sc-x-01 @FAIL-3\n  Scenario Outline: O <n>\n    When the looper runs until complete\n    Examples:\n      | n |\n      | 1 |\n      | 2 |\n")], [], null);

        catalog.Scenarios.Select(scenario => (scenario.Key, scenario.Id)).ShouldBe([("sc-x-01.1", "sc-x-01"), ("sc-x-01.2", "sc-x-01")]);
    }

    [Test]
    public void A_hidden_scenario_may_not_reuse_an_ID_of_the_suite()
    {
        var visible = Compile("@stage-2\nFeature: F\n  @sc-loop-99 @LOOP-1\n  Scenario: A\n    When the looper runs until complete\n");
        var hidden = Compile("Feature: H\n  @sc-loop-99 @LOOP-1 @stage-2\n  Scenario: B\n    When the looper runs until complete\n", "hidden/h.feature");

        var problem = Should.Throw<GradingProblemException>(() => ScenarioCatalog.Create([visible], [hidden], "/hidden"));

        problem.Message.ShouldStartWith("The scenario ID sc-loop-99 is used twice: in features/f.feature line 4 and in hidden/h.feature line 3.");
    }

    [TestCase("@sc-hidden-01 @LOOP-1", "has 0 stage tags")]
    [TestCase("@stage-2 @LOOP-1", "has 0 scenario IDs")]
    [TestCase("@sc-hidden-01 @stage-2 @LOOP-999", "names requirements the spec does not define: LOOP-999")]
    [TestCase("@sc-hidden-01 @stage-2", "names no requirement")]
    public void A_hidden_scenario_needs_one_ID_one_stage_and_known_requirements(string tags, string expected)
    {
        var hidden = Compile($"Feature: H\n  {tags}\n  Scenario: B\n    When the looper runs until complete\n", "hidden/h.feature");

        var problem = Should.Throw<GradingProblemException>(() => ScenarioCatalog.Create([], [hidden], "/hidden"));

        problem.Problem.ShouldBe(GradingProblem.BadConfiguration);
        problem.Message.ShouldContain(expected);
    }

    [Test]
    public void A_missing_or_empty_hidden_folder_is_refused()
    {
        Should.Throw<GradingProblemException>(() => HiddenPack.Load("/no/such/folder")).Message.ShouldContain("does not exist");
        Should.Throw<GradingProblemException>(() => HiddenPack.Load(RepositoryFiles.PathOf("tests/Looper.Grading.Tests/Golden")))
            .Message.ShouldContain("holds no .feature file");
    }

    [Test]
    public void Stage_topics_come_from_the_spec()
    {
        StageCatalog.TopicOf(1).ShouldBe("Futures and wait");
        StageCatalog.TopicOf(5).ShouldBe("Wrapper callbacks");
        StageCatalog.TopicOf(99).ShouldBeEmpty();
    }

    [Test]
    public void A_scenario_is_written_back_as_Gherkin_with_its_tables_aligned()
    {
        var feature = Compile(
            "@stage-1\nFeature: F\n  Background:\n    Given a wait \"W\" of 5 seconds\n  @sc-x-01 @WAIT-2\n  Scenario: S\n    When \"W\" is stepped\n    Then \"W\" yielded, in order:\n      | status | paused |\n      | InProgress | no |\n");

        ScenarioText.Render(feature.Scenarios[0]).ShouldBe(
            "Scenario: S\n  Given a wait \"W\" of 5 seconds\n  When \"W\" is stepped\n  Then \"W\" yielded, in order:\n    | status     | paused |\n    | InProgress | no     |");
    }

    private static CompiledFeature Compile(string source, string path = "features/f.feature") => FeatureCatalog.Compile(path, source);
}
