using NUnit.Framework;
using Reqnroll.Tracing;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Write Reqnroll's step trace into the output of the NUnit test that runs the scenario.
/// </summary>
/// <remarks>Writing to <see cref="TestContext.Out"/> keeps the output of scenarios that run in parallel apart.</remarks>
internal sealed class NUnitTraceListener : ITraceListener
{
    public void WriteTestOutput(string message) => TestContext.Out.WriteLine(message);

    public void WriteToolOutput(string message) => TestContext.Out.WriteLine($"-> {message}");
}
