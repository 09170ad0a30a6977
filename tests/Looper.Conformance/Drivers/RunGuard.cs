using System.Collections.Concurrent;
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
/// shows it, without waiting for the timeout. After <see cref="AbandonLimit"/> abandoned calls of one member of one implementation type, later
/// calls of that member fail at once instead of leaving yet another spinning thread behind; other members still run.
/// While a debugger is attached there is no timeout, so a learner can stop at breakpoints.
/// </remarks>
public sealed class RunGuard
{
    /// <summary>The timeout used when the suite's configuration sets none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How many abandoned calls of one member of one implementation type the suite accepts before it refuses to start more.</summary>
    public const int AbandonLimit = 2;

    private static readonly ConcurrentDictionary<(Type Implementation, string Member), int> Abandoned = new();

    /// <summary>Gets how long to wait for a call before abandoning it.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Run <paramref name="call"/> on a new background thread and wait for it, rethrowing what it threw.</summary>
    /// <param name="implementation">The implementation type the call belongs to, to count its abandoned calls.</param>
    /// <param name="member">The member called, such as <c>ILooper.RunUntilComplete</c>, to count its abandoned calls.</param>
    /// <param name="call">The call; it receives the managed ID of the thread it runs on.</param>
    /// <param name="budget">The scenario's budget, stopped when the call is abandoned so that the thread fails at its next request.</param>
    /// <exception cref="ReturnTimeoutException">The call did not return in time, or earlier calls of the member never returned.</exception>
    /// <exception cref="StepBudgetExceededException">The call went on after the budget ran out.</exception>
    public void Run(Type implementation, string member, Action<int> call, StepBudget budget)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(budget);
        var key = (implementation, member);
        if (Abandoned.TryGetValue(key, out var abandoned) && abandoned >= AbandonLimit)
        {
            throw ReturnTimeoutException.NotStarted(abandoned);
        }

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
        Abandoned.AddOrUpdate(key, 1, (_, count) => count + 1);
        if (budget.Exceeded)
        {
            throw StepBudgetExceededException.Ignored(budget.Limit, budget.LastRequest);
        }

        throw ReturnTimeoutException.After(Timeout, budget.Spent);
    }
}
