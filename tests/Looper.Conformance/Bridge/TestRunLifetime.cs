using System.Reflection;
using Reqnroll;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Start Reqnroll's test run once per process, before the first scenario, and end it when NUnit finishes.
/// </summary>
/// <remarks>
/// Reqnroll keys its test run by assembly; the bridge always uses this assembly, where the step definitions
/// live, so a learner's test project needs no configuration file and no set-up fixture of its own.
/// </remarks>
internal static class TestRunLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _started;

    public static Assembly BindingAssembly { get; } = typeof(TestRunLifetime).Assembly;

    public static async Task EnsureStartedAsync()
    {
        if (Volatile.Read(ref _started))
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            if (!_started)
            {
                await StartQuietlyAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => EndAsync().GetAwaiter().GetResult();
                Volatile.Write(ref _started, true);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Start the run; unless the step trace is on, Reqnroll's start-up lines ("Loading plugin ...") go nowhere.</summary>
    /// <remarks>
    /// Reqnroll writes them to the console before any plugin can replace its trace listener, so the console is
    /// silenced for the moment the run starts. Every scenario waits for this start, so only tests outside the suite
    /// that write to the console at that very moment could lose a line.
    /// </remarks>
    private static async Task StartQuietlyAsync()
    {
        if (NUnitTraceListener.On)
        {
            await TestRunnerManager.OnTestRunStartAsync(BindingAssembly);
            return;
        }

        var console = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            await TestRunnerManager.OnTestRunStartAsync(BindingAssembly);
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    private static async Task EndAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_started)
            {
                await TestRunnerManager.OnTestRunEndAsync(BindingAssembly);
                _started = false;
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
