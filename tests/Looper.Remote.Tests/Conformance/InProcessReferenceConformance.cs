using Looper.Conformance;
using Looper.Reference;
using NUnit.Framework;

namespace Looper.Remote.Tests.Conformance;

/// <summary>The reference in process, in this test run too, so tools/remote-benchmark compares the three paths side by side.</summary>
[TestFixture]
public sealed class InProcessReferenceConformance : ConformanceSuite<ReferenceLooperImplementation>;
