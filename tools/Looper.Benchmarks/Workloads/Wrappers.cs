using Microsoft.Extensions.Logging.Abstractions;
using BenchmarkDotNet.Attributes;
using Looper.Benchmarks.Reporting;

namespace Looper.Benchmarks.Workloads;

/// <summary>
/// Run N wait wrappers over wait(0): every step of a wrapper looks its wait up, and each wrapper adds and kills one task.
/// </summary>
/// <remarks>
/// A wrapper takes four steps and its wait two, so one run is six steps per wrapper. Time per wrapper stays flat as N
/// grows only when lookup, add and kill take constant time; the naive port scans its lists and grows as N².
/// </remarks>
[NaiveUpTo(10_000)]
public class Wrappers : LooperWorkload
{
    private const int StepsPerWrapper = 6;
    private static readonly object Greeting = "Hello, it was worth the wait";
    private static readonly Func<object?> Callback = () => Greeting;

    /// <summary>Gets or sets the number of wrappers.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    /// <inheritdoc />
    protected override int Tasks => N;

    /// <summary>Count the steps one run takes: six per wrapper.</summary>
    /// <param name="n">The number of wrappers.</param>
    /// <returns>The steps per run.</returns>
    public static long StepsPerOperation(int n) => (long)n * StepsPerWrapper;

    /// <inheritdoc />
    protected override ILooper Load(ILooper looper, int tasks)
    {
        for (var i = 0; i < tasks; i++)
        {
            looper.AddTask(ReferenceImplementation.CreateWaitWrapper(Callback, TimeSpan.Zero, looper, TimeProvider.System, NullLogger.Instance));
        }

        return looper;
    }
}
