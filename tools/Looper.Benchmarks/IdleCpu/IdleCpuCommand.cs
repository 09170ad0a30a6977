using System.Diagnostics;
using System.Globalization;
using Looper.Reference;
using Looper.Reference.Sleep;
using Microsoft.Extensions.Logging.Abstractions;

namespace Looper.Benchmarks.IdleCpu;

/// <summary>
/// Measure the CPU time a real wait costs on a busy-polling looper and on an idle-sleeping one (spec LOOP-9, IDLE-4).
/// </summary>
/// <remarks>
/// Each run adds one wait of the given duration to a new looper on the system clock and runs it until complete. CPU
/// time is the whole process's (<see cref="Process.TotalProcessorTime"/>), wall time a <see cref="Stopwatch"/>. A short
/// run of each kind first lets the JIT compile what the measured runs call.
/// </remarks>
internal static class IdleCpuCommand
{
    private static readonly ReferenceLooperImplementation Implementation = new();

    /// <summary>Run the measurement and print one line per looper.</summary>
    /// <param name="args">Optionally <c>--seconds S</c>, the length of the wait (default 3).</param>
    /// <param name="output">Where to print.</param>
    /// <returns>0, or 2 when the arguments are wrong.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var seconds = 3.0;
        if (args is ["--seconds", var text] && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            seconds = parsed;
        }
        else if (args.Count > 0)
        {
            output.WriteLine("usage: idle-cpu [--seconds S]   (S > 0, default 3): measure CPU time over a real wait of S seconds, with and without idle sleep");
            return 2;
        }

        var wait = TimeSpan.FromSeconds(seconds);
        Measure(busy: true, TimeSpan.FromMilliseconds(50));
        Measure(busy: false, TimeSpan.FromMilliseconds(50));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"One real wait of {seconds} s on {Environment.ProcessorCount} cores, {RuntimeInformationText()}"));
        output.WriteLine();
        output.WriteLine("| looper | wall (s) | CPU (s) | CPU / wall | rounds |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var busy in (bool[])[true, false])
        {
            var result = Measure(busy, wait);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {(busy ? "busy-polling (CreateLooper)" : "idle-sleeping (CreateIdleSleepingLooper)")} | {result.Wall.TotalSeconds:F3} | {result.Cpu.TotalSeconds:F4} | {result.Cpu / result.Wall:P2} | {result.Rounds:N0} |"));
        }

        return 0;
    }

    private static Measurement Measure(bool busy, TimeSpan duration)
    {
        var clock = TimeProvider.System;
        var looper = busy
            ? Implementation.CreateLooper(clock, NullLogger.Instance)
            : Implementation.CreateIdleSleepingLooper(clock, NullLogger.Instance, new TimerSleeper(clock));
        var wait = new CountingCoroutine(Implementation.CreateWait(duration, clock, NullLogger.Instance));
        looper.AddTask(wait);

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        looper.RunUntilComplete();
        wall.Stop();
        process.Refresh();
        return new Measurement(wall.Elapsed, process.TotalProcessorTime - cpuBefore, wait.Steps);
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu, long Rounds);
}
