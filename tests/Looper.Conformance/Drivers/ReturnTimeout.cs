using System.Globalization;
using NUnit.Framework;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Read how long the suite waits for a call into the implementation before abandoning it (see <see cref="RunGuard"/>).
/// </summary>
/// <remarks>
/// Set it with the NUnit test parameter <c>LooperReturnTimeoutSeconds</c>, for example
/// <c>dotnet test -- "TestRunParameters.Parameter(name=\"LooperReturnTimeoutSeconds\", value=\"60\")"</c> or in a
/// <c>.runsettings</c> file; without it the suite waits <see cref="RunGuard.DefaultTimeout"/>.
/// </remarks>
internal static class ReturnTimeout
{
    /// <summary>The name of the NUnit test parameter.</summary>
    public const string ParameterName = "LooperReturnTimeoutSeconds";

    /// <summary>Gets the timeout the current test run is configured with.</summary>
    /// <exception cref="ArgumentException">The parameter is set to something other than a positive number of seconds.</exception>
    public static TimeSpan Configured => Parse(TestContext.Parameters.Get(ParameterName));

    /// <summary>Read a number of seconds, or fall back to the default when it is absent.</summary>
    /// <param name="seconds">The parameter's text, or <see langword="null"/>.</param>
    /// <returns>The timeout.</returns>
    /// <exception cref="ArgumentException"><paramref name="seconds"/> is not a positive number.</exception>
    public static TimeSpan Parse(string? seconds)
    {
        if (string.IsNullOrWhiteSpace(seconds))
        {
            return RunGuard.DefaultTimeout;
        }

        return double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(value)
            : throw new ArgumentException(
                $"The test parameter {ParameterName} is \"{seconds}\"; set it to a positive number of seconds, such as 60, or leave it out to wait {RunGuard.DefaultTimeout.TotalSeconds} s.",
                nameof(seconds));
    }
}
