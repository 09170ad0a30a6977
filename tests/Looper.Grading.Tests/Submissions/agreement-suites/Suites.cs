using Looper.Conformance;
using Looper.Conformance.Tests.Agreement;
using Looper.Conformance.Tests.Drivers;
using Looper.Kata;
using Looper.Kata.Exemplars.Stage3;
using Looper.Reference;
using NUnit.Framework;

namespace Looper.Submissions.AgreementSuites;

[TestFixture]
public sealed class StarterConformance : ConformanceSuite<KataLooperImplementation>;

[TestFixture]
public sealed class HalfDoneConformance : ConformanceSuite<Stage3LooperImplementation>;

[TestFixture]
public sealed class ReferenceConformance : ConformanceSuite<ReferenceLooperImplementation>;

[TestFixture]
public sealed class CoreOnlyConformance : ConformanceSuite<CoreOnlyReferenceImplementation>;

[TestFixture]
public sealed class RunToCompletionConformance : ConformanceSuite<RunToCompletionImplementation>;

[TestFixture]
public sealed class NeverAdmitsConformance : ConformanceSuite<NeverAdmitsImplementation>;

[TestFixture]
public sealed class IgnoresPausedConformance : ConformanceSuite<IgnoresPausedImplementation>;

[TestFixture]
public sealed class ReversedConformance : ConformanceSuite<ReversedLooperImplementation>;

[TestFixture]
public sealed class IndexerConformance : ConformanceSuite<IndexerLooperImplementation>;

[TestFixture]
public sealed class SpinningConformance : ConformanceSuite<SpinningLooperImplementation>;

[TestFixture]
public sealed class IdleSpinConformance : ConformanceSuite<IdleSpinImplementation>;
