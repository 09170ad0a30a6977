using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Run a call into the implementation on a dedicated background thread and stop waiting for it after a generous timeout.
/// </summary>
/// <remarks>
/// The last resort behind <see cref="StepBudget"/>: a loop such as <c>while (true) { }</c> never reads the suite's
/// clock nor steps a coroutine, so no budget can stop it. The test thread waits for the call's thread to finish; it
/// does not sleep. When the timeout passes, the scenario fails with <see cref="ReturnTimeoutException"/> and the thread
/// is abandoned: it is a background thread, so the test process can still exit. A call that goes on long after the
/// budget ran out (its loop catches the budget's exceptions) is abandoned as soon as <see cref="StepBudget.Ignored"/>
/// shows it, without waiting for the timeout. An abandoned thread cannot be stopped in-process: its budget is stopped
/// so it fails at its next call into the suite, and it otherwise keeps running until the process ends. No later call
/// depends on it: every scenario gets its own guard and timeout, so a scenario's verdict never depends on which
/// scenarios ran before it. While a debugger is attached there is no timeout, so a learner can stop at breakpoints.
/// </remarks>
internal sealed class RunGuard
{
    /// <summary>The timeout used when the suite's configuration sets none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Gets how long to wait for a call before abandoning it.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Run <paramref name="call"/> on a new background thread and wait for it, rethrowing what it threw.</summary>
    /// <param name="call">The call; it receives the managed ID of the thread it runs on.</param>
    /// <param name="budget">The scenario's budget, stopped when the call is abandoned so that the thread fails at its next request.</param>
    /// <exception cref="ReturnTimeoutException">The call did not return in time.</exception>
    /// <exception cref="StepBudgetExceededException">The call went on after the budget ran out.</exception>
    public void Run(Action<int> call, StepBudget budget)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(budget);
        ExceptionDispatchInfo? failure = null;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                call(Environment.CurrentManagedThreadId);
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                done.TrySetResult();
            }
        })
        {
            IsBackground = true,
            Name = "Looper scenario call",
        };
        thread.Start();
        var settled = Task.WhenAny(done.Task, budget.Ignored);
        if (Debugger.IsAttached)
        {
            settled.Wait();
        }
        else
        {
            settled.Wait(Timeout);
        }

        if (done.Task.IsCompleted)
        {
            failure?.Throw();
            return;
        }

        budget.Stop();
        if (budget.Exceeded)
        {
            throw StepBudgetExceededException.Ignored(budget.Limit, budget.LastRequest);
        }

        throw ReturnTimeoutException.After(Timeout, budget.Spent);
    }
}
