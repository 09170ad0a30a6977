using System.Diagnostics;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Run a small copy of a workload repeatedly before measuring, until the JIT has compiled its hot paths at full optimisation.
/// </summary>
/// <remarks>
/// Each measured operation runs once per iteration, too few times for tiered compilation to promote the code it calls.
/// Warming up runs the small copy in half-second batches until the fastest run of a batch is no longer faster than
/// the best before it: the sign that recompilation is over. On a busy machine the JIT's background thread gets less
/// time, so a fixed warm-up was sometimes too short; the batches adapt to it, between one and eight seconds.
/// </remarks>
internal static class JitWarmup
{
    private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(8);

    /// <summary>Call <paramref name="run"/> until its fastest time stops improving.</summary>
    /// <param name="run">One small run of the workload, setup included.</param>
    public static void Repeat(Action run)
    {
        var clock = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        while (clock.Elapsed < Longest)
        {
            var fastest = FastestOfBatch(run);
            var improving = fastest < best * 0.97;
            best = fastest < best ? fastest : best;
            if (!improving && clock.Elapsed >= Shortest)
            {
                return;
            }
        }
    }

    private static TimeSpan FastestOfBatch(Action run)
    {
        var batch = Stopwatch.StartNew();
        var fastest = TimeSpan.MaxValue;
        while (batch.Elapsed < Batch)
        {
            var start = batch.Elapsed;
            run();
            var took = batch.Elapsed - start;
            fastest = took < fastest ? took : fastest;
        }

        return fastest;
    }
}
