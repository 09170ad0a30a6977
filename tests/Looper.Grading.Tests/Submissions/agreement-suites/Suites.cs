using Looper.Conformance;
using Looper.Conformance.Tests.Agreement;
using Looper.Conformance.Tests.Drivers;
using Looper.Kata;
using Looper.Kata.Exemplars.Stage3;
using Looper.Reference;
using Microsoft.Extensions.Logging;
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

/// <summary>The reference, idle-sleep extension included, under a name of its own: the fixture below keeps stages 1 to 6 only.</summary>
public sealed class UpToStageSixLooperImplementation : ILooperImplementation, IIdleSleepExtension
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public ILooper CreateIdleSleepingLooper(TimeProvider timeProvider, ILogger logger, IIdleSleeper sleeper) => _reference.CreateIdleSleepingLooper(timeProvider, logger, sleeper);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => _reference.CreateWait(duration, timeProvider, logger);

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}

[TestFixture, UpToStage(6)]
public sealed class UpToStageSixConformance : ConformanceSuite<UpToStageSixLooperImplementation>;
