using BenchmarkDotNet.Running;
using Looper.Grading.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(GradingBenchmarks).Assembly).Run(args);
