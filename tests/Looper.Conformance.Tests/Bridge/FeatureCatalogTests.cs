using Looper.Conformance.Bridge;

namespace Looper.Conformance.Tests.Bridge;

/// <summary>Compile Gherkin into the scenarios the bridge runs.</summary>
public sealed class FeatureCatalogTests
{
    private const string Source = """
        @area
        Feature: Sample
          Explains itself.

          Background:
            Given a start

          @sc-x-01
          Scenario Outline: Outline <n>
            When it runs <n> times
            And it also
            Then it says:
              ```
              line one
              line two
              ```

            Examples:
              | n |
              | 1 |
              | 2 |

          Rule: A rule
            @sc-x-02
            Scenario: Ruled
              Given a table:
                | a | b |
                | 1 | 2 |
        """;

    private static readonly CompiledFeature Feature = FeatureCatalog.Compile("features/sample.feature", Source);

    [Test]
    public void Each_outline_example_becomes_a_scenario_named_after_its_values() =>
        Feature.Scenarios.Select(scenario => scenario.Name).ShouldBe(["Outline 1 (1)", "Outline 2 (2)", "Ruled"]);

    [Test]
    public void Scenarios_inherit_feature_tags_and_keep_their_own() =>
        Feature.Scenarios[2].Tags.ShouldBe(["area", "sc-x-02"]);

    [Test]
    public void Background_steps_come_first_and_keywords_resolve_to_their_kind()
    {
        var steps = Feature.Scenarios[0].Steps;
        steps.Select(step => (step.Kind, step.Keyword.Trim(), step.Text)).ShouldBe([
            (StepKind.Given, "Given", "a start"),
            (StepKind.When, "When", "it runs 1 times"),
            (StepKind.When, "And", "it also"),
            (StepKind.Then, "Then", "it says:"),
        ]);
    }

    [Test]
    public void Doc_strings_arrive_with_unix_line_endings() =>
        Feature.Scenarios[0].Steps[3].DocString.ShouldBe("line one\nline two");

    [Test]
    public void Tables_keep_their_header_row_and_rules_their_title()
    {
        var ruled = Feature.Scenarios[2];
        ruled.RuleTitle.ShouldBe("A rule");
        ruled.Steps[1].Table.ShouldNotBeNull().Select(row => string.Join(",", row)).ShouldBe(["a,b", "1,2"]);
    }

    [Test]
    public void Outline_examples_share_the_line_of_their_outline()
    {
        Feature.Scenarios[0].Line.ShouldBe(Feature.Scenarios[1].Line);
        Feature.Scenarios[2].Line.ShouldNotBe(Feature.Scenarios[0].Line);
    }

    [Test]
    public void Invalid_gherkin_is_refused_with_the_parser_error() =>
        Should.Throw<Gherkin.CompositeParserException>(() => FeatureCatalog.Compile("features/bad.feature", "This is not Gherkin."));

    [Test]
    public void Test_names_start_with_the_implementation_and_carry_every_tag_as_a_category()
    {
        var testCase = ScenarioTestCases.For("Mine", typeof(ILooperImplementation), [Feature]).Last();
        testCase.TestName.ShouldBe("Mine / Sample / Ruled [sc-x-02]");
        testCase.Properties["Category"].Cast<string>().ShouldBe(["area", "sc-x-02"]);
    }

    [Test]
    public void The_embedded_features_all_compile_and_have_scenarios() =>
        FeatureCatalog.Features.ShouldAllBe(feature => feature.Scenarios.Count > 0);
}
