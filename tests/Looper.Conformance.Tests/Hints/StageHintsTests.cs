using Looper.Conformance.Hints;
using Looper.Conformance.Traits;

namespace Looper.Conformance.Tests.Hints;

/// <summary>Read a scenario's stage from its traits and pick the hint of its stage.</summary>
public sealed class StageHintsTests
{
    [Test]
    public void A_stage_tag_names_the_stage() => ScenarioTraits.Of(["sc-loop-01", "stage-2", "LOOP-2"], "f", 1, hidden: false).Stage.ShouldBe(2);

    [Test]
    public void A_scenario_without_a_stage_tag_has_no_stage() => ScenarioTraits.Of(["sc-loop-01", "LOOP-2"], "f", 1, hidden: false).Stage.ShouldBeNull();

    [Test]
    public void An_extension_scenario_keeps_its_stage_but_gets_no_workshop_hint()
    {
        var traits = ScenarioTraits.Of(["extension", "stage-6", "IDLE-1"], "f", 1, hidden: false);

        traits.Stage.ShouldBe(6);
        traits.HintStage.ShouldBeNull();
        traits.ExtensionInterface.ShouldBe(typeof(IIdleSleepExtension));
    }

    [Test]
    public void Every_stage_of_the_spec_has_a_hint_and_a_hints_folder() =>
        StageCatalog.All.ShouldAllBe(stage => StageHints.For(stage.Number) != null && stage.HintsFolder.Length > 0);
}
