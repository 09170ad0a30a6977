using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Baselines;
using Looper.Benchmarks.Reporting;
using Looper.Reference;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Look up and kill a thousand tasks spread over a looper that holds N finished tasks: the cost of GetTask and KillTask alone.
/// </summary>
/// <remarks>
/// The thousand probed tasks are the same amount of memory whatever N is, so a constant-time lookup takes the same
/// time at every N (spec LOOKUP-5); a lookup that scans grows with N. Here a "step" is one GetTask or one KillTask call.
/// </remarks>
[NaiveUpTo(100_000)]
public class Lookups
{
    private const int Probes = 1_000;
    private const int WarmupTasks = 10_000;
    private static readonly ReferenceLooperImplementation Implementation = new();

    private ILooper _looper = new BareLooper();
    private IEnumerator<Future>[] _probes = [];

    /// <summary>Gets or sets the number of tasks the looper holds.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Count the calls one run makes: a lookup and a kill per probed task.</summary>
    /// <param name="n">The number of tasks held, which does not change the count.</param>
    /// <returns>The calls per run.</returns>
    public static long StepsPerOperation(int n) => 2L * Probes;

    /// <summary>Warm the JIT up on small runs of Floor.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void WarmFloor() => JitWarmup.Repeat(() => Probe(Holding(new BareLooper(), WarmupTasks)));

    /// <summary>Prepare a fresh looper of N finished tasks for Floor, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Floor))]
    public void PrepareFloor() => _looper = Holding(new BareLooper(), N);

    /// <summary>Look up and kill the probed tasks on the least looper.</summary>
    [Benchmark(Baseline = true)]
    public void Floor() => Probe(_looper);

    /// <summary>Warm the JIT up on small runs of Naive.</summary>
    [GlobalSetup(Target = nameof(Naive))]
    public void WarmNaive() => JitWarmup.Repeat(() => Probe(Holding(new NaiveListLooper(), WarmupTasks)));

    /// <summary>Prepare a fresh looper of N finished tasks for Naive, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Naive))]
    public void PrepareNaive() => _looper = Holding(new NaiveListLooper(), N);

    /// <summary>Look up and kill the probed tasks on the naive port of the notebook's loop.</summary>
    [Benchmark]
    public void Naive() => Probe(_looper);

    /// <summary>Warm the JIT up on small runs of Reference.</summary>
    [GlobalSetup(Target = nameof(Reference))]
    public void WarmReference() => JitWarmup.Repeat(() => Probe(Holding(NewReferenceLooper(), WarmupTasks)));

    /// <summary>Prepare a fresh looper of N finished tasks for Reference, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Reference))]
    public void PrepareReference() => _looper = Holding(NewReferenceLooper(), N);

    /// <summary>Look up and kill the probed tasks on the reference looper.</summary>
    [Benchmark]
    public void Reference() => Probe(_looper);

    private static ILooper NewReferenceLooper() => Implementation.CreateLooper(TimeProvider.System, NullLogger.Instance);

    private ILooper Holding(ILooper looper, int tasks)
    {
        var coroutines = new IEnumerator<Future>[tasks];
        for (var i = 0; i < tasks; i++)
        {
            coroutines[i] = Coroutines.Countdown(1);
            looper.AddTask(coroutines[i]);
        }

        looper.RunUntilComplete(); // every task finishes at its first step and stays in the loop (spec LOOP-6)
        _probes = [.. Enumerable.Range(0, Probes).Select(probe => coroutines[(long)probe * tasks / Probes])];
        return looper;
    }

    private void Probe(ILooper looper)
    {
        foreach (var coroutine in _probes)
        {
            if (looper.GetTask(coroutine) is { Status: FutureStatus.Finished })
            {
                looper.KillTask(coroutine);
            }
        }
    }
}
