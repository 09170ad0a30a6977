using NUnit.Framework;
using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Report Reqnroll's pending, inconclusive and ignored outcomes as NUnit results.
/// </summary>
internal sealed class NUnitRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => Assert.Inconclusive(message);

    public void TestInconclusive(string message) => Assert.Inconclusive(message);

    public void TestIgnore(string message) => Assert.Ignore(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is InconclusiveException or IgnoreException ? ScenarioExecutionStatus.Skipped : null;
}
