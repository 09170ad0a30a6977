using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Looper.Benchmarks.Reporting;

/// <summary>
/// Configure every benchmark alike: a short job that fits two cores, medians, allocations, and the workload columns.
/// </summary>
/// <remarks>
/// Each operation is one whole run of the loop, prepared by an iteration setup that is not measured, so the job
/// invokes it once per iteration. Workloads warm the JIT up in their global setup instead of in many invocations.
/// </remarks>
internal sealed class LooperBenchmarkConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="LooperBenchmarkConfig"/> class.</summary>
    public LooperBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Descriptor, DefaultColumnProviders.Params, DefaultColumnProviders.Metrics);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        AddColumn(WorkloadColumns.All);
        AddFilter(new SimpleFilter(IsWithinNaiveLimit));
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
        AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray());
        AddValidator(DefaultConfig.Instance.GetValidators().ToArray());
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }

    /// <summary>Leave out the naive port above the size its workload allows: it grows as N² there.</summary>
    private static bool IsWithinNaiveLimit(BenchmarkCase benchmark)
    {
        if (benchmark.Descriptor.WorkloadMethod.Name != "Naive"
            || benchmark.Descriptor.Type.GetCustomAttributes(typeof(NaiveUpToAttribute), inherit: false) is not [NaiveUpToAttribute limit])
        {
            return true;
        }

        return (int)benchmark.Parameters["N"] <= limit.Tasks;
    }
}
