using BenchmarkDotNet.Running;
using Looper.Benchmarks.IdleCpu;
using Looper.Benchmarks.Reporting;

namespace Looper.Benchmarks;

/// <summary>
/// Run the benchmarks (BenchmarkDotNet's command line), or <c>idle-cpu</c>: the CPU a real wait costs with and without idle sleep.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["idle-cpu", .. var rest])
        {
            return IdleCpuCommand.Run(rest, Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new LooperBenchmarkConfig());
        return 0;
    }
}
