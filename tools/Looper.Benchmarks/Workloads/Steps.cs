using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Baselines;
using Looper.Benchmarks.Reporting;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Run N tasks of 100 steps each: the cost of a step, from a thousand tasks that fit in cache to a million that do not.
/// </summary>
[NaiveUpTo(100_000)]
public class Steps : LooperWorkload
{
    private const int StepsPerTask = 100;

    /// <summary>Gets or sets the number of tasks.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <inheritdoc />
    protected override int Tasks => N;

    /// <summary>Count the steps one run takes: every task steps 100 times.</summary>
    /// <param name="n">The number of tasks.</param>
    /// <returns>The steps per run.</returns>
    public static long StepsPerOperation(int n) => (long)n * StepsPerTask;

    /// <summary>Step the coroutines round-robin with nothing else: the floor here holds the bare coroutines, not even a record per task.</summary>
    /// <returns>The floor's looper.</returns>
    protected override ILooper NewFloor() => new BareRoundRobin();

    private static IEnumerator<Future>[] NewCoroutines(int tasks)
    {
        var coroutines = new IEnumerator<Future>[tasks];
        for (var i = 0; i < tasks; i++)
        {
            coroutines[i] = Coroutines.Countdown(StepsPerTask);
        }

        return coroutines;
    }

    /// <inheritdoc />
    protected override ILooper Load(ILooper looper, int tasks)
    {
        foreach (var coroutine in NewCoroutines(tasks))
        {
            looper.AddTask(coroutine);
        }

        return looper;
    }
}
