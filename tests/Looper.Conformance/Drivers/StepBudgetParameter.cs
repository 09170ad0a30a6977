using System.Globalization;
using NUnit.Framework;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Read how many calls into the suite a scenario may take before the step budget stops it (see <see cref="StepBudget"/>).
/// </summary>
/// <remarks>
/// Set it with the NUnit test parameter <c>LooperStepBudget</c>, for example
/// <c>dotnet test -- "TestRunParameters.Parameter(name=\"LooperStepBudget\", value=\"50000\")"</c> or in a
/// <c>.runsettings</c> file; the grader reads it from its config's <c>stepBudget</c>. Without it a scenario gets
/// <see cref="StepBudget.DefaultLimit"/> calls.
/// </remarks>
internal static class StepBudgetParameter
{
    /// <summary>The name of the NUnit test parameter.</summary>
    public const string ParameterName = "LooperStepBudget";

    /// <summary>The largest budget a run may set: ten thousand times the default would still end, where a larger one might not in a test run's lifetime.</summary>
    public const int Maximum = 100_000_000;

    /// <summary>What a budget may be, as every message about a wrong one says it.</summary>
    public static readonly string Range = string.Create(CultureInfo.InvariantCulture, $"a whole number of calls from 1 to {Maximum}");

    /// <summary>Gets the budget the current test run is configured with.</summary>
    /// <exception cref="ArgumentException">The parameter is set to something other than a whole number from 1 to <see cref="Maximum"/>.</exception>
    public static int Configured => Parse(TestContext.Parameters.Get(ParameterName));

    /// <summary>Read a number of calls, or fall back to the default when it is absent.</summary>
    /// <param name="calls">The parameter's text, or <see langword="null"/>.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentException"><paramref name="calls"/> is not a whole number from 1 to <see cref="Maximum"/>.</exception>
    public static int Parse(string? calls)
    {
        if (string.IsNullOrWhiteSpace(calls))
        {
            return StepBudget.DefaultLimit;
        }

        return int.TryParse(calls, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && IsValid(value)
            ? value
            : throw new ArgumentException(
                $"The test parameter {ParameterName} is \"{calls}\"; set it to {Range}, such as 50000, or leave it out for {StepBudget.DefaultLimit}.",
                nameof(calls));
    }

    /// <summary>Tell whether <paramref name="calls"/> is a budget a run may set.</summary>
    /// <param name="calls">The number of calls.</param>
    /// <returns><see langword="true"/> from 1 to <see cref="Maximum"/>.</returns>
    public static bool IsValid(int calls) => calls is > 0 and <= Maximum;

    /// <summary>Return <paramref name="calls"/> when it is a budget a run may set.</summary>
    /// <param name="calls">The number of calls.</param>
    /// <returns><paramref name="calls"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calls"/> is below 1 or above <see cref="Maximum"/>.</exception>
    public static int Check(int calls) =>
        IsValid(calls) ? calls : throw new ArgumentOutOfRangeException(nameof(calls), calls, $"A step budget is {Range}.");
}
