using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Looper.Benchmarks.Reporting;

/// <summary>
/// Add the columns the targets are stated in: speed relative to the floor, steps per second, time per task and bytes per step.
/// </summary>
/// <remarks>
/// A workload class declares <c>public static long StepsPerOperation(int n)</c>, the number of coroutine steps one run of
/// N tasks takes, and its parameter <c>N</c>. Every figure comes from the median of the measured iterations.
/// </remarks>
internal static class WorkloadColumns
{
    /// <summary>Gets every workload column.</summary>
    public static IColumn[] All { get; } =
    [
        new WorkloadColumn("Speed/floor", "Throughput relative to the floor of the same N (median floor time / median time); the target is at least 0.50", SpeedToFloor),
        new WorkloadColumn("Msteps/s", "Million coroutine steps per second (steps per run / median time)", MillionStepsPerSecond),
        new WorkloadColumn("ns/task", "Median time divided by N", NanosecondsPerTask),
        new WorkloadColumn("B/step", "Bytes allocated per run divided by the steps of the run", BytesPerStep),
    ];

    private static string SpeedToFloor(Summary summary, BenchmarkCase benchmark)
    {
        var floor = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Type == benchmark.Descriptor.Type && other.Descriptor.Baseline && other.Parameters.Equals(benchmark.Parameters));
        return floor is not null && Median(summary, floor) is { } floorTime && Median(summary, benchmark) is { } time
            ? Format(floorTime / time, "0.00")
            : "?";
    }

    private static string MillionStepsPerSecond(Summary summary, BenchmarkCase benchmark) =>
        Median(summary, benchmark) is { } nanoseconds ? Format(Steps(benchmark) * 1e3 / nanoseconds, "0.0") : "?";

    private static string NanosecondsPerTask(Summary summary, BenchmarkCase benchmark) =>
        Median(summary, benchmark) is { } nanoseconds ? Format(nanoseconds / Tasks(benchmark), "0.0") : "?";

    private static string BytesPerStep(Summary summary, BenchmarkCase benchmark) =>
        summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } bytes
            ? Format((double)bytes / Steps(benchmark), "0.00")
            : "?";

    private static double? Median(Summary summary, BenchmarkCase benchmark) => summary[benchmark]?.ResultStatistics?.Median;

    private static int Tasks(BenchmarkCase benchmark) => (int)benchmark.Parameters["N"];

    private static long Steps(BenchmarkCase benchmark)
    {
        var stepsPerOperation = benchmark.Descriptor.Type.GetMethod("StepsPerOperation")
            ?? throw new InvalidOperationException($"{benchmark.Descriptor.Type.Name} declares no public static StepsPerOperation(int n).");
        return (long)stepsPerOperation.Invoke(null, [Tasks(benchmark)])!;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed class WorkloadColumn(string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
    {
        public string Id => $"{nameof(WorkloadColumn)}.{name}";

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
