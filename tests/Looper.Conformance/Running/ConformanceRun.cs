using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Conformance.Traits;

namespace Looper.Conformance;

/// <summary>
/// Run one scenario against an implementation and say how it ended: the one way every tool runs a scenario.
/// </summary>
/// <remarks>
/// <see cref="ConformanceSuite{TImplementation}"/>, the grader and the template's grading script all call
/// <see cref="RunAsync(ILooperImplementation, ScenarioCase, TimeSpan?)"/>; nothing else builds drivers or registers bindings. A scenario of an optional extension
/// is run only against implementations of that extension's interface; for the others it is
/// <see cref="OutcomeStatus.NotApplicable"/>.
/// </remarks>
public static class ConformanceRun
{
    /// <summary>Run <paramref name="scenario"/> against <paramref name="implementation"/>.</summary>
    /// <param name="implementation">A new instance of the implementation under test; one instance serves one scenario.</param>
    /// <param name="scenario">The scenario, such as one of <see cref="ConformanceSuite{TImplementation}.Scenarios"/>.</param>
    /// <param name="returnTimeout">How long to wait for a call that never calls into the suite before abandoning it; <see cref="Timeout.InfiniteTimeSpan"/> to wait for ever (when the caller stops the whole process instead); <see langword="null"/> for the suite's default of 10 s.</param>
    /// <returns>The outcome; a scenario's failure is reported in it, never thrown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="implementation"/> or <paramref name="scenario"/> is <see langword="null"/>.</exception>
    public static Task<ScenarioOutcome> RunAsync(ILooperImplementation implementation, ScenarioCase scenario, TimeSpan? returnTimeout = null) =>
        RunAsync(implementation, scenario, LanguageBinding.CSharp, returnTimeout);

    /// <summary>Run <paramref name="scenario"/> against an implementation written in another language, behind the judge–host protocol.</summary>
    /// <param name="implementation">A new instance of the implementation under test.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="binding">How scenarios read in the implementation's language: what does not apply, and its members' names in messages.</param>
    /// <param name="returnTimeout">As for <see cref="RunAsync(ILooperImplementation, ScenarioCase, TimeSpan?)"/>.</param>
    /// <param name="stepBudget">How many calls into the suite the scenario may take before it is stopped; <see langword="null"/> for <see cref="StepBudget.DefaultLimit"/>.</param>
    /// <returns>The outcome, its texts in the language's names.</returns>
    internal static async Task<ScenarioOutcome> RunAsync(ILooperImplementation implementation, ScenarioCase scenario, LanguageBinding binding, TimeSpan? returnTimeout = null, int? stepBudget = null)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var outcome = await RunUnboundAsync(implementation, scenario, binding, returnTimeout, stepBudget);
        return new ScenarioOutcome(outcome.Scenario, outcome.Status, outcome.RequirementIds, binding.Rename(outcome.Expected), binding.Rename(outcome.Actual), binding.Rename(outcome.Message), outcome.Exception);
    }

    /// <summary>Run <paramref name="scenario"/> against <paramref name="implementation"/> with a step budget other than the default, as a test run or a grading config may set it.</summary>
    /// <param name="implementation">A new instance of the implementation under test.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="returnTimeout">As for <see cref="RunAsync(ILooperImplementation, ScenarioCase, TimeSpan?)"/>.</param>
    /// <param name="stepBudget">How many calls into the suite the scenario may take before it is stopped.</param>
    /// <returns>The outcome.</returns>
    internal static Task<ScenarioOutcome> RunAsync(ILooperImplementation implementation, ScenarioCase scenario, TimeSpan? returnTimeout, int stepBudget) =>
        RunAsync(implementation, scenario, LanguageBinding.CSharp, returnTimeout, stepBudget);

    private static async Task<ScenarioOutcome> RunUnboundAsync(ILooperImplementation implementation, ScenarioCase scenario, LanguageBinding binding, TimeSpan? returnTimeout, int? stepBudget)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(scenario);
        var traits = scenario.Traits;
        var type = implementation.GetType();
        var name = ImplementationNames.Of(type);
        if (traits.Ignored)
        {
            return Outcome(scenario, OutcomeStatus.Ignored, Verdict.IgnoredMessage);
        }

        if (!traits.AppliesTo(type))
        {
            return Outcome(scenario, OutcomeStatus.NotApplicable, traits.NotApplicableReason(name));
        }

        if (binding.NotApplicableReason(traits) is { } reason)
        {
            return Outcome(scenario, OutcomeStatus.NotApplicable, reason);
        }

        var verdict = Verdict.For(scenario);
        var driver = new LooperDriver(implementation, verdict, new RunGuard { Timeout = returnTimeout ?? RunGuard.DefaultTimeout }, new StepBudget { Limit = StepBudgetParameter.Check(stepBudget ?? StepBudget.DefaultLimit) });
        try
        {
            await ScenarioRunner.RunAsync(name, scenario, container => container.RegisterInstanceAs(driver));
            return Outcome(scenario, OutcomeStatus.Passed, message: null);
        }
        catch (Exception exception)
        {
            return Classify(scenario, exception, driver.Budget.Exceeded);
        }
    }

    /// <summary>End the feature contexts of an implementation's runs, so reports close them.</summary>
    /// <param name="implementationType">The implementation's type.</param>
    /// <returns>A task that completes when they have ended.</returns>
    internal static Task ReleaseAsync(Type implementationType) => ScenarioRunner.ReleaseGroupAsync(ImplementationNames.Of(implementationType));

    private static ScenarioOutcome Classify(ScenarioCase scenario, Exception exception, bool budgetExceeded)
    {
        var status = Verdict.StatusOf(exception, budgetExceeded);
        var check = exception as CheckFailedException;
        return new ScenarioOutcome(scenario, status, scenario.Traits.RequirementIds, check?.Expected, check?.Actual, Verdict.MessageOf(exception), exception);
    }

    private static ScenarioOutcome Outcome(ScenarioCase scenario, OutcomeStatus status, string? message) =>
        new(scenario, status, scenario.Traits.RequirementIds, null, null, message, null);
}
