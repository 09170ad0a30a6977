using Looper.Conformance;
using Looper.Reference;
using Looper.Submissions.Stub;
using NUnit.Framework;

namespace Looper.Submissions.AgreementSuites;

[TestFixture]
public sealed class ReferenceConformance : ConformanceSuite<ReferenceLooperImplementation>;

[TestFixture]
public sealed class StubConformance : ConformanceSuite<StubLooperImplementation>;
