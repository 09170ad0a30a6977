using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Baselines;
using Looper.Benchmarks.Reporting;
using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Run N tasks of 100 steps each: the cost of a step, from a thousand tasks that fit in cache to a million that do not.
/// </summary>
[NaiveUpTo(100_000)]
public class Steps
{
    private const int StepsPerTask = 100;
    private const int WarmupTasks = 1_000;
    private static readonly ReferenceLooperImplementation Implementation = new();

    private IEnumerator<Future>[] _coroutines = [];
    private ILooper _looper = new BareLooper();

    /// <summary>Gets or sets the number of tasks.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Count the steps one run takes: every task steps 100 times.</summary>
    /// <param name="n">The number of tasks.</param>
    /// <returns>The steps per run.</returns>
    public static long StepsPerOperation(int n) => (long)n * StepsPerTask;

    /// <summary>Warm the JIT up on small runs of Floor.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void WarmFloor() => JitWarmup.Repeat(() => BareRoundRobin.Run(NewCoroutines(WarmupTasks)));

    /// <summary>Prepare a fresh run of N tasks for Floor, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Floor))]
    public void PrepareFloor() => _coroutines = NewCoroutines(N);

    /// <summary>Step the coroutines round-robin with nothing else.</summary>
    /// <returns>The steps taken.</returns>
    [Benchmark(Baseline = true)]
    public long Floor() => BareRoundRobin.Run(_coroutines);

    /// <summary>Warm the JIT up on small runs of Naive.</summary>
    [GlobalSetup(Target = nameof(Naive))]
    public void WarmNaive() => JitWarmup.Repeat(() => Loaded(new NaiveListLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Naive, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Naive))]
    public void PrepareNaive() => _looper = Loaded(new NaiveListLooper(), N);

    /// <summary>Run the tasks on the naive port of the notebook's loop.</summary>
    [Benchmark]
    public void Naive() => _looper.RunUntilComplete();

    /// <summary>Warm the JIT up on small runs of Reference.</summary>
    [GlobalSetup(Target = nameof(Reference))]
    public void WarmReference() => JitWarmup.Repeat(() => Loaded(NewReferenceLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Reference, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Reference))]
    public void PrepareReference() => _looper = Loaded(NewReferenceLooper(), N);

    /// <summary>Run the tasks on the reference looper.</summary>
    [Benchmark]
    public void Reference() => _looper.RunUntilComplete();

    private static ILooper NewReferenceLooper() => Implementation.CreateLooper(TimeProvider.System, NullLogger.Instance);

    private static IEnumerator<Future>[] NewCoroutines(int tasks)
    {
        var coroutines = new IEnumerator<Future>[tasks];
        for (var i = 0; i < tasks; i++)
        {
            coroutines[i] = Coroutines.Countdown(StepsPerTask);
        }

        return coroutines;
    }

    private static ILooper Loaded(ILooper looper, int tasks)
    {
        foreach (var coroutine in NewCoroutines(tasks))
        {
            looper.AddTask(coroutine);
        }

        return looper;
    }
}
