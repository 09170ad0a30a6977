using NUnit.Framework;
using Reqnroll.Tracing;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Write Reqnroll's step trace into the output of the NUnit test that runs the scenario, when the run asks for it.
/// </summary>
/// <remarks>
/// The trace (each Given/When/Then and how it ended) is off by default, so a failure shows its message once. Turn it
/// on with the NUnit test parameter <c>LooperTrace</c> set to <c>true</c>, for example
/// <c>dotnet test -- "TestRunParameters.Parameter(name=\"LooperTrace\", value=\"true\")"</c> or
/// <c>katas/stage.sh 1 --trace</c>. Writing to <see cref="TestContext.Out"/> keeps the output of scenarios that run
/// in parallel apart.
/// </remarks>
internal sealed class NUnitTraceListener : ITraceListener
{
    /// <summary>The name of the NUnit test parameter that turns the trace on.</summary>
    internal const string ParameterName = "LooperTrace";

    /// <summary>Gets a value indicating whether the current run asked for the trace.</summary>
    internal static bool On => string.Equals(TestContext.Parameters.Get(ParameterName), "true", StringComparison.OrdinalIgnoreCase);

    public void WriteTestOutput(string message)
    {
        if (On)
        {
            TestContext.Out.WriteLine(message);
        }
    }

    public void WriteToolOutput(string message)
    {
        if (On)
        {
            TestContext.Out.WriteLine($"-> {message}");
        }
    }
}
