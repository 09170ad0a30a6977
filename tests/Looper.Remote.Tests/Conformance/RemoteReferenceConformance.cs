using Looper.Conformance;
using NUnit.Framework;

namespace Looper.Remote.Tests.Conformance;

/// <summary>The reference, served by a host process through the protocol.</summary>
public sealed class RemoteReferenceImplementation() : RemoteIdleSleepingLooperImplementation(SharedHosts.Unsandboxed.Connection);

/// <summary>Run every scenario of the spec against the reference through the protocol: the remote implementation must be indistinguishable from the in-process one.</summary>
[TestFixture]
public sealed class RemoteReferenceConformance : ConformanceSuite<RemoteReferenceImplementation>
{
    [OneTimeTearDown]
    public void StopHost() => SharedHosts.StopUnsandboxed();
}
