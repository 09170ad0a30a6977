using Looper.Conformance;
using NUnit.Framework;

namespace Looper.Remote.Tests.Conformance;

/// <summary>The reference, served by a host process inside the bubblewrap sandbox.</summary>
public sealed class SandboxedReferenceImplementation() : RemoteIdleSleepingLooperImplementation(SharedHosts.Sandboxed.Connection);

/// <summary>Run every scenario of the spec against the reference through the protocol, the host in the sandbox.</summary>
[TestFixture]
[Category("sandbox")]
public sealed class SandboxedReferenceConformance : ConformanceSuite<SandboxedReferenceImplementation>
{
    [OneTimeSetUp]
    public void RequireSandbox() => SandboxRequirement.Ensure();

    [OneTimeTearDown]
    public void StopHost() => SharedHosts.StopSandboxed();
}
