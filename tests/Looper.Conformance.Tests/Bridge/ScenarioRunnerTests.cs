using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Reference;

namespace Looper.Conformance.Tests.Bridge;

/// <summary>Run scenarios through Reqnroll's runtime: steps bind, and a step nobody defined fails the scenario.</summary>
public sealed class ScenarioRunnerTests
{
    [Test]
    public async Task An_undefined_step_fails_the_scenario_instead_of_skipping_it()
    {
        var scenario = Compile("""
            Feature: Undefined
              Scenario: One step nobody wrote
                Given a step that no binding matches
            """);

        var failure = await FailureOf(scenario);

        failure.Message.ShouldContain("No matching step definition found for one or more steps");
    }

    [Test]
    public async Task A_scenario_made_of_known_steps_passes_against_the_reference()
    {
        var scenario = Compile("""
            Feature: Known
              Scenario: A coroutine finishes
                Given a coroutine "A" that finishes with "a"
                And "A" is added to the looper
                When the looper runs until complete
                Then the task of "A" finished with "a"
            """);

        await Should.NotThrowAsync(() => Run(scenario));
    }

    private static ScenarioCase Compile(string source) => FeatureCatalog.Compile($"features/{Guid.NewGuid():N}.feature", source).Scenarios.Single();

    private static Task Run(ScenarioCase scenario) =>
        ScenarioRunner.RunAsync("runner-tests", scenario, container =>
        {
            container.RegisterInstanceAs<ILooperImplementation>(new ReferenceLooperImplementation());
            container.RegisterInstanceAs(new Verdict([]));
        });

    private static async Task<Exception> FailureOf(ScenarioCase scenario)
    {
        try
        {
            await Run(scenario);
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new AssertionException("The scenario passed, but it should have failed.");
    }
}
