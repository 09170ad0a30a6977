using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Looper.Sandbox;

/// <summary>Start sandboxed processes from a thread that lives as long as they do.</summary>
/// <remarks>
/// bubblewrap's <c>--die-with-parent</c> (PR_SET_PDEATHSIG) fires when the <em>thread</em> that started it ends, not the
/// process: started from a thread-pool thread that the pool later retires, a sandbox is killed (exit code 137) in the
/// middle of its work. Each process started here gets a thread of its own that waits for it to end.
/// </remarks>
internal static class ParentThread
{
    /// <summary>Start a process on a thread of its own, which stays until the process ends.</summary>
    /// <param name="info">What to start.</param>
    /// <returns>The process.</returns>
    public static Process Start(ProcessStartInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Process? process = null;
        ExceptionDispatchInfo? failure = null;
        using var started = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            try
            {
                process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }

            started.Set();
            WaitQuietly(process);
        })
        { IsBackground = true, Name = "Looper sandbox parent" };
        thread.Start();
        started.Wait();
        failure?.Throw();
        return process!;
    }

    /// <summary>Run <paramref name="work"/>, which starts a process and waits for it, on a thread of its own.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">The work; it must not return before the process it started has ended.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<T> Run<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                result.SetResult(work().GetAwaiter().GetResult());
            }
            catch (Exception exception)
            {
                result.SetException(exception);
            }
        })
        { IsBackground = true, Name = "Looper sandbox parent" }.Start();
        return result.Task;
    }

    private static void WaitQuietly(Process? process)
    {
        try
        {
            process?.WaitForExit();
        }
        catch (Exception exception) when (exception is InvalidOperationException or SystemException)
        {
            // Disposed or gone: nothing left to stay for.
        }
    }
}
