using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Baselines;
using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Give every workload one shape: the same work measured on a bare floor (the baseline), on the naive port and on the reference.
/// </summary>
/// <remarks>
/// A workload says how to load a looper with <see cref="Tasks"/> tasks and what one measured operation does with it;
/// each of the three loopers is warmed up on <see cref="WarmupTasks"/> tasks and loaded afresh, outside the
/// measurement, before every iteration.
/// </remarks>
public abstract class LooperWorkload
{
    private ILooper _looper = new BareLooper();

    /// <summary>Gets the reference implementation the workloads create loopers and coroutines with.</summary>
    protected static ReferenceLooperImplementation ReferenceImplementation { get; } = new();

    /// <summary>Gets how many tasks one measured operation loads: the workload's parameter N.</summary>
    protected abstract int Tasks { get; }

    /// <summary>Gets how many tasks the JIT warm-up runs load.</summary>
    protected virtual int WarmupTasks => 1_000;

    /// <summary>Warm the JIT up on small runs of Floor.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void WarmFloor() => JitWarmup.Repeat(() => Measure(Load(NewFloor(), WarmupTasks)));

    /// <summary>Prepare a fresh run for Floor, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Floor))]
    public void PrepareFloor() => _looper = Load(NewFloor(), Tasks);

    /// <summary>Do the work on the bare floor: round-robin with nothing else.</summary>
    [Benchmark(Baseline = true)]
    public void Floor() => Measure(_looper);

    /// <summary>Warm the JIT up on small runs of Naive.</summary>
    [GlobalSetup(Target = nameof(Naive))]
    public void WarmNaive() => JitWarmup.Repeat(() => Measure(Load(new NaiveListLooper(), WarmupTasks)));

    /// <summary>Prepare a fresh run for Naive, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Naive))]
    public void PrepareNaive() => _looper = Load(new NaiveListLooper(), Tasks);

    /// <summary>Do the work on the naive port of the notebook's loop.</summary>
    [Benchmark]
    public void Naive() => Measure(_looper);

    /// <summary>Warm the JIT up on small runs of Reference.</summary>
    [GlobalSetup(Target = nameof(Reference))]
    public void WarmReference() => JitWarmup.Repeat(() => Measure(Load(NewReferenceLooper(), WarmupTasks)));

    /// <summary>Prepare a fresh run for Reference, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Reference))]
    public void PrepareReference() => _looper = Load(NewReferenceLooper(), Tasks);

    /// <summary>Do the work on the reference looper.</summary>
    [Benchmark]
    public void Reference() => Measure(_looper);

    /// <summary>Load <paramref name="looper"/> with the workload's tasks.</summary>
    /// <param name="looper">A new looper.</param>
    /// <param name="tasks">How many tasks.</param>
    /// <returns>The loaded looper.</returns>
    protected abstract ILooper Load(ILooper looper, int tasks);

    /// <summary>Do one measured operation on a loaded looper; running it until complete unless the workload says otherwise.</summary>
    /// <param name="looper">The loaded looper.</param>
    protected virtual void Measure(ILooper looper) => looper.RunUntilComplete();

    /// <summary>Create the floor's looper.</summary>
    /// <returns>A <see cref="BareLooper"/> unless the workload needs a barer one.</returns>
    protected virtual ILooper NewFloor() => new BareLooper();

    private static ILooper NewReferenceLooper() => ReferenceImplementation.CreateLooper(TimeProvider.System, NullLogger.Instance);
}
