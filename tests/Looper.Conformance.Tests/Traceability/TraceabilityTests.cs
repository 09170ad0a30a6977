using Looper.Conformance.Bridge;
using Looper.Conformance.Requirements;

using Looper.Conformance.Traits;

namespace Looper.Conformance.Tests.Traceability;

/// <summary>Keep the spec and the features pointing at each other.</summary>
public sealed class TraceabilityTests
{
    [Test]
    public void Every_requirement_is_covered_and_every_scenario_is_tagged_and_identified() =>
        TraceabilityCheck.Problems(RequirementCatalog.All, FeatureCatalog.Features).ShouldBeEmpty();

    [Test]
    public void The_suite_has_at_least_fifty_scenarios() =>
        FeatureCatalog.Features.Sum(feature => feature.Scenarios.Count).ShouldBeGreaterThanOrEqualTo(50);

    [Test]
    public void The_spec_defines_the_requirements_the_suite_relies_on()
    {
        RequirementCatalog.All.Count.ShouldBeGreaterThanOrEqualTo(50);
        RequirementCatalog.All["WAIT-3"].Section.ShouldBe("2. wait and overrun reporting (WAIT)");
        RequirementCatalog.All["LOOKUP-5"].CheckedByScenarios.ShouldBeFalse();
        RequirementCatalog.All.Values.Where(requirement => !requirement.CheckedByScenarios).Select(requirement => requirement.Id).ShouldBe(["LOOKUP-5"]);
    }

    [Test]
    public void Removing_the_only_tag_of_a_requirement_is_reported_by_name()
    {
        var spec = Spec("FUT-1", "WAIT-1");
        var feature = Feature("""
            Feature: F
              @sc-fut-01 @stage-1 @FUT-1
              Scenario: one
                Given something
            """);

        TraceabilityCheck.Problems(spec, OneStage, [feature]).ShouldBe(["WAIT-1 is covered by no scenario: tag at least one scenario with @WAIT-1."]);
    }

    [Test]
    public void An_unknown_requirement_tag_is_reported_with_its_scenario()
    {
        var feature = Feature("""
            Feature: F
              @sc-fut-01 @stage-1 @FUT-1 @FUT-9
              Scenario: one
                Given something
            """);

        TraceabilityCheck.Problems(Spec("FUT-1"), OneStage, [feature]).ShouldBe(["features/f.feature: \"one\" is tagged @FUT-9, which the spec does not define."]);
    }

    [Test]
    public void Missing_or_repeated_scenario_ids_and_stages_are_reported()
    {
        var feature = Feature("""
            Feature: F
              @sc-fut-01 @stage-1 @FUT-1
              Scenario: one
                Given something

              @sc-fut-01 @stage-1 @stage-2 @FUT-1
              Scenario: two
                Given something

              @FUT-1 @stage-3
              Scenario: three
                Given something
            """);

        TraceabilityCheck.Problems(Spec("FUT-1"), OneStage, [feature]).ShouldBe([
            "features/f.feature: \"two\" reuses the scenario ID @sc-fut-01.",
            "features/f.feature: \"two\" has 2 stage tags; it needs exactly one, from @stage-1 to @stage-1.",
            "features/f.feature: \"three\" has 0 scenario ID tags; it needs exactly one, such as @sc-wait-01.",
            "features/f.feature: \"three\" is tagged @stage-3, a stage spec section 13 does not list; use one from @stage-1 to @stage-1.",
        ]);
    }

    [Test]
    public void An_ignored_scenario_is_reported()
    {
        var feature = Feature("""
            Feature: F
              @sc-fut-01 @stage-1 @FUT-1 @ignore
              Scenario: one
                Given something
            """);

        TraceabilityCheck.Problems(Spec("FUT-1"), OneStage, [feature]).ShouldBe(["features/f.feature: \"one\" is tagged @ignore: fix the scenario or remove it, the suite ships no skipped scenario."]);
    }

    [Test]
    public void Outline_examples_share_their_scenario_id()
    {
        var feature = Feature("""
            Feature: F
              @sc-fut-01 @stage-1 @FUT-1
              Scenario Outline: one
                Given <thing>

                Examples:
                  | thing |
                  | a     |
                  | b     |
            """);

        TraceabilityCheck.Problems(Spec("FUT-1"), OneStage, [feature]).ShouldBeEmpty();
    }

    [Test]
    public void A_stage_tag_that_disagrees_with_the_stage_table_is_reported()
    {
        var feature = Feature("""
            Feature: F
              @sc-fut-01 @stage-2 @FUT-1
              Scenario: one
            """);
        IReadOnlyList<Stage> stages = [new(1, "Futures", ["FUT-1"], [], "1-f", 1), new(2, "Loop", ["LOOP-1"], [], "2-l", 1)];

        TraceabilityCheck.Problems(Spec("FUT-1"), stages, [feature]).ShouldBe([
            "features/f.feature: \"one\" is tagged @stage-2, but spec section 13 puts the requirements it checks (FUT-1) in stage 1: fix the tag or the stage table.",
            "Stage 1 (Futures) has no scenario: tag at least one scenario with @stage-1.",
        ]);
    }

    [Test]
    public void The_embedded_stage_table_has_six_stages_with_fut_3_and_fut_4_in_the_loop_stage()
    {
        StageCatalog.All.Select(stage => stage.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        StageCatalog.StageOfRequirement("FUT-3").ShouldBe(2);
        StageCatalog.StageOfRequirement("FUT-4").ShouldBe(2);
        StageCatalog.StageOfRequirement("IDLE-1").ShouldBe(6);
        StageCatalog.StageOfRequirement("LOG-4").ShouldBeNull();
        StageCatalog.For(2)!.HintsFolder.ShouldBe("2-the-loop");
        StageCatalog.For(5)!.Points.ShouldBe(3);
    }

    [Test]
    public void A_stage_row_whose_points_are_not_a_number_is_refused_with_the_stage_and_the_fix()
    {
        var error = Should.Throw<FormatException>(() => StageCatalog.Parse("| stage-1 | Futures | FUT-1 | 1-futures-and-wait | many |\n"));

        error.Message.ShouldBe("The points of stage-1 in the stage table of spec section 13 are \"many\"; write a number of 0 or more, such as 2, in the row's last column.");
    }

    /// <summary>A stage table of one stage without requirements, so only the problem a test sets up is reported.</summary>
    private static readonly IReadOnlyList<Stage> OneStage = [new(1, "Futures", [], [], "1-f", 1)];

    private static Dictionary<string, Requirement> Spec(params string[] ids) =>
        ids.ToDictionary(id => id, id => new Requirement(id, $"{id} summary.", "section"));

    private static CompiledFeature Feature(string source) => FeatureCatalog.Compile("features/f.feature", source);
}
