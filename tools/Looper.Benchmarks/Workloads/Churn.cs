using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Baselines;
using Looper.Benchmarks.Reporting;
using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Keep N workers running while a churner, first in the loop, kills the tenth oldest and adds as many new ones every round.
/// </summary>
/// <remarks>
/// Twenty rounds churn, then the churner kills every worker left. Killed workers are culled before their turn, so a
/// run is 20 × 0.9 N worker steps plus 21 churner steps. Adding tasks allocates, so bytes per step are not zero here.
/// </remarks>
[NaiveUpTo(10_000)]
public class Churn
{
    private const int Rounds = 20;
    private const int WarmupTasks = 1_000;
    private static readonly ReferenceLooperImplementation Implementation = new();

    private ILooper _looper = new BareLooper();

    /// <summary>Gets or sets the number of workers alive at any time.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Count the steps one run takes.</summary>
    /// <param name="n">The number of workers.</param>
    /// <returns>The steps per run.</returns>
    public static long StepsPerOperation(int n) => (long)Rounds * (n - PerRound(n)) + Rounds + 1;

    /// <summary>Warm the JIT up on small runs of Floor.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void WarmFloor() => JitWarmup.Repeat(() => Loaded(new BareLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Floor, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Floor))]
    public void PrepareFloor() => _looper = Loaded(new BareLooper(), N);

    /// <summary>Churn on the least looper the churner can run on.</summary>
    [Benchmark(Baseline = true)]
    public void Floor() => _looper.RunUntilComplete();

    /// <summary>Warm the JIT up on small runs of Naive.</summary>
    [GlobalSetup(Target = nameof(Naive))]
    public void WarmNaive() => JitWarmup.Repeat(() => Loaded(new NaiveListLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Naive, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Naive))]
    public void PrepareNaive() => _looper = Loaded(new NaiveListLooper(), N);

    /// <summary>Churn on the naive port of the notebook's loop.</summary>
    [Benchmark]
    public void Naive() => _looper.RunUntilComplete();

    /// <summary>Warm the JIT up on small runs of Reference.</summary>
    [GlobalSetup(Target = nameof(Reference))]
    public void WarmReference() => JitWarmup.Repeat(() => Loaded(NewReferenceLooper(), WarmupTasks).RunUntilComplete());

    /// <summary>Prepare a fresh run of N tasks for Reference, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Reference))]
    public void PrepareReference() => _looper = Loaded(NewReferenceLooper(), N);

    /// <summary>Churn on the reference looper.</summary>
    [Benchmark]
    public void Reference() => _looper.RunUntilComplete();

    private static int PerRound(int n) => n / 10;

    private static ILooper NewReferenceLooper() => Implementation.CreateLooper(TimeProvider.System, NullLogger.Instance);

    private static ILooper Loaded(ILooper looper, int workers)
    {
        var queue = new Queue<IEnumerator<Future>>(workers);
        for (var i = 0; i < workers; i++)
        {
            queue.Enqueue(Coroutines.Worker());
        }

        looper.AddTask(Coroutines.Churner(looper, queue, Rounds, PerRound(workers)));
        foreach (var worker in queue)
        {
            looper.AddTask(worker);
        }

        return looper;
    }
}
