using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Baselines;
using Looper.Benchmarks.Reporting;
using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Run N wait wrappers over wait(0): every step of a wrapper looks its wait up, and each wrapper adds and kills one task.
/// </summary>
/// <remarks>
/// A wrapper takes four steps and its wait two, so one run is six steps per wrapper. Time per wrapper stays flat as N
/// grows only when lookup, add and kill take constant time; the naive port scans its lists and grows as N².
/// </remarks>
[NaiveUpTo(10_000)]
public class Wrappers
{
    private const int StepsPerWrapper = 6;
    private const int WarmupTasks = 1_000;
    private static readonly ReferenceLooperImplementation Implementation = new();
    private static readonly object Greeting = "Hello, it was worth the wait";
    private static readonly Func<object?> Callback = () => Greeting;

    private ILooper _looper = new BareLooper();

    /// <summary>Gets or sets the number of wrappers.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Count the steps one run takes: six per wrapper.</summary>
    /// <param name="n">The number of wrappers.</param>
    /// <returns>The steps per run.</returns>
    public static long StepsPerOperation(int n) => (long)n * StepsPerWrapper;

    /// <summary>Warm the JIT up on small runs of Floor.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void WarmFloor() => JitWarmup.Repeat(() => Loaded(new BareLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Floor, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Floor))]
    public void PrepareFloor() => _looper = Loaded(new BareLooper(), N);

    /// <summary>Run the wrappers on the least looper they can run on.</summary>
    [Benchmark(Baseline = true)]
    public void Floor() => _looper.RunUntilComplete();

    /// <summary>Warm the JIT up on small runs of Naive.</summary>
    [GlobalSetup(Target = nameof(Naive))]
    public void WarmNaive() => JitWarmup.Repeat(() => Loaded(new NaiveListLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Naive, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Naive))]
    public void PrepareNaive() => _looper = Loaded(new NaiveListLooper(), N);

    /// <summary>Run the wrappers on the naive port of the notebook's loop.</summary>
    [Benchmark]
    public void Naive() => _looper.RunUntilComplete();

    /// <summary>Warm the JIT up on small runs of Reference.</summary>
    [GlobalSetup(Target = nameof(Reference))]
    public void WarmReference() => JitWarmup.Repeat(() => Loaded(NewReferenceLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Reference, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Reference))]
    public void PrepareReference() => _looper = Loaded(NewReferenceLooper(), N);

    /// <summary>Run the wrappers on the reference looper.</summary>
    [Benchmark]
    public void Reference() => _looper.RunUntilComplete();

    private static ILooper NewReferenceLooper() => Implementation.CreateLooper(TimeProvider.System, NullLogger.Instance);

    private static ILooper Loaded(ILooper looper, int wrappers)
    {
        for (var i = 0; i < wrappers; i++)
        {
            looper.AddTask(Implementation.CreateWaitWrapper(Callback, TimeSpan.Zero, looper, TimeProvider.System, NullLogger.Instance));
        }

        return looper;
    }
}
