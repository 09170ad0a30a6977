using Looper.Conformance;
using NUnit.Framework;

namespace Looper.Reference.Tests;

/// <summary>Run every scenario of the spec against the reference looper.</summary>
/// <remarks>The <see cref="TestFixtureAttribute"/> keeps a reference to NUnit in this assembly, which NUnit's adapter needs to find the tests.</remarks>
[TestFixture]
public sealed class ReferenceConformance : ConformanceSuite<ReferenceLooperImplementation>;
