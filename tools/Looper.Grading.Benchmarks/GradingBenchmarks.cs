using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Looper.Grading.Batch;
using Looper.Grading.Configuration;
using Looper.Grading.Hosting;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Submissions;

namespace Looper.Grading.Benchmarks;

/// <summary>
/// Measure grading an already-built submission (the reference) against the whole suite, alone and as a batch of ten.
/// </summary>
/// <remarks>
/// Each operation starts runner processes, so it takes about a second: one invocation per iteration, a short job, and
/// the in-process toolchain (the work happens in child processes anyway, and the runner sits beside this assembly).
/// </remarks>
[Config(typeof(ShortGradingConfig))]
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private readonly Grader _grader = new(TimeProvider.System, GradingHost.Dotnet());
    private readonly ScenarioCatalog _catalog = ScenarioCatalog.Load(hiddenDirectory: null);
    private readonly GradingConfig _config = GradingConfig.Default;
    private readonly Submission _reference = SubmissionLocator.Reference();
    private IReadOnlyList<BatchItem> _batch = [];

    [GlobalSetup]
    public void Setup() =>
        _batch = [.. Enumerable.Range(1, 10).Select(index => new BatchItem(
            string.Create(CultureInfo.InvariantCulture, $"copy-{index:00}"),
            _reference with { Name = string.Create(CultureInfo.InvariantCulture, $"copy-{index:00}") },
            null))];

    [Benchmark(Description = "grade one built submission")]
    public async Task<GradeReport> GradeOne()
    {
        var report = await _grader.GradeAsync(_reference, _catalog, _config, CancellationToken.None);
        return report.Scenarios.All(scenario => scenario.Status == ScenarioStatus.Passed)
            ? report
            : throw new InvalidOperationException("The reference should pass every scenario.");
    }

    [Benchmark(Description = "grade a batch of ten built submissions")]
    public Task<IReadOnlyList<BatchEntry>> GradeTen() =>
        new BatchGrader(_grader).GradeAsync(_batch, _catalog, _config, Environment.ProcessorCount, _ => { }, CancellationToken.None);

    /// <summary>A short job, one invocation per iteration, in process.</summary>
    private sealed class ShortGradingConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public ShortGradingConfig() =>
            AddJob(Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
    }
}
