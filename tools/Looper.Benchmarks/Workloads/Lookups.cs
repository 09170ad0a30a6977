using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Reporting;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Look up and kill a thousand tasks spread over a looper that holds N finished tasks: the cost of GetTask and KillTask alone.
/// </summary>
/// <remarks>
/// The thousand probed tasks are the same amount of memory whatever N is, so a constant-time lookup takes the same
/// time at every N (spec LOOKUP-5); a lookup that scans grows with N. Here a "step" is one GetTask or one KillTask call.
/// </remarks>
[NaiveUpTo(100_000)]
public class Lookups : LooperWorkload
{
    private const int Probes = 1_000;

    private IEnumerator<Future>[] _probes = [];

    /// <summary>Gets or sets the number of tasks the looper holds.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <inheritdoc />
    protected override int Tasks => N;

    /// <inheritdoc />
    protected override int WarmupTasks => 10_000;

    /// <summary>Count the calls one run makes: a lookup and a kill per probed task.</summary>
    /// <param name="n">The number of tasks held, which does not change the count.</param>
    /// <returns>The calls per run.</returns>
    public static long StepsPerOperation(int n) => 2L * Probes;

    /// <inheritdoc />
    protected override ILooper Load(ILooper looper, int tasks)
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

    /// <inheritdoc />
    protected override void Measure(ILooper looper)
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
