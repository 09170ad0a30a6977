using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Reporting;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Keep N workers running while a churner, first in the loop, kills the tenth oldest and adds as many new ones every round.
/// </summary>
/// <remarks>
/// Twenty rounds churn, then the churner kills every worker left. Killed workers are culled before their turn, so a
/// run is 20 × 0.9 N worker steps plus 21 churner steps. Adding tasks allocates, so bytes per step are not zero here.
/// </remarks>
[NaiveUpTo(10_000)]
public class Churn : LooperWorkload
{
    private const int Rounds = 20;

    /// <summary>Gets or sets the number of workers alive at any time.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    /// <inheritdoc />
    protected override int Tasks => N;

    /// <summary>Count the steps one run takes.</summary>
    /// <param name="n">The number of workers.</param>
    /// <returns>The steps per run.</returns>
    public static long StepsPerOperation(int n) => (long)Rounds * (n - PerRound(n)) + Rounds + 1;

    private static int PerRound(int n) => n / 10;

    /// <inheritdoc />
    protected override ILooper Load(ILooper looper, int tasks)
    {
        var queue = new Queue<IEnumerator<Future>>(tasks);
        for (var i = 0; i < tasks; i++)
        {
            queue.Enqueue(Coroutines.Worker());
        }

        looper.AddTask(Coroutines.Churner(looper, queue, Rounds, PerRound(tasks)));
        foreach (var worker in queue)
        {
            looper.AddTask(worker);
        }

        return looper;
    }
}
