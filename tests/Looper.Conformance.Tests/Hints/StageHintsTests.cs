using Looper.Conformance.Hints;

namespace Looper.Conformance.Tests.Hints;

/// <summary>Pick the hint of a failing scenario from its stage tag.</summary>
public sealed class StageHintsTests
{
    [Test]
    public void A_stage_tag_names_the_stage() => StageHints.StageOf(["sc-loop-01", "stage-2", "LOOP-2"]).ShouldBe(2);

    [Test]
    public void A_scenario_without_a_stage_tag_has_no_stage() => StageHints.StageOf(["sc-loop-01", "LOOP-2"]).ShouldBeNull();

    [Test]
    public void An_extension_scenario_gets_no_workshop_hint_even_with_a_stage_tag() =>
        StageHints.StageOf(["extension", "stage-6", "IDLE-1"]).ShouldBeNull();

    [Test]
    public void Every_stage_has_a_hint() => Enumerable.Range(1, 6).ShouldAllBe(stage => StageHints.For(stage) != null);
}
