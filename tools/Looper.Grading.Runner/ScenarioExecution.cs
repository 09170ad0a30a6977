using Looper.Conformance;
using Looper.Grading.Protocol;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Submissions;
using Microsoft.Extensions.Logging;

namespace Looper.Grading.Runner;

/// <summary>
/// Run one scenario against a new instance of the submission's implementation through the suite's <see cref="ConformanceRun"/>, capture what it prints, and say how it ended.
/// </summary>
/// <param name="implementation">The submission's implementation type.</param>
/// <param name="outputLimit">How many characters of output to keep per scenario.</param>
/// <param name="root">The submission's folder, which paths in messages are made relative to.</param>
internal sealed class ScenarioExecution(Type implementation, int outputLimit, string root)
{
    /// <summary>Run a scenario against an implementation that implements nothing, so the suite's first start is not charged to the submission.</summary>
    /// <param name="scenario">Any scenario.</param>
    /// <returns>A task that completes when the suite has started.</returns>
    public static async Task WarmUpAsync(GradedScenario scenario)
    {
        var (output, error) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        try
        {
            // Nothing is implemented, so the outcome is an error; only the start matters.
            await ConformanceRun.RunAsync(new NothingImplemented(), scenario.Case, Timeout.InfiniteTimeSpan);
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    /// <summary>Run <paramref name="scenario"/> and describe how it ended.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The finished message for the grader.</returns>
    public async Task<RunnerMessage> RunAsync(GradedScenario scenario)
    {
        var captured = new CapturedOutput(outputLimit);
        var (output, error) = (Console.Out, Console.Error);
        Console.SetOut(captured);
        Console.SetError(captured);
        var started = TimeProvider.System.GetTimestamp();
        ScenarioStatus status;
        string? message;
        try
        {
            // The grader stops a scenario that runs too long by ending this process, so the suite's own guard never gives up.
            var outcome = await ConformanceRun.RunAsync(Create(), scenario.Case, Timeout.InfiniteTimeSpan);
            (status, message) = (StatusOf(outcome.Status), outcome.Message);
        }
        catch (CreationFailedException exception)
        {
            (status, message) = (ScenarioStatus.Errored, exception.Message);
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }

        return new RunnerMessage
        {
            Type = RunnerMessage.Finished,
            Key = scenario.Key,
            Status = status.Code(),
            Message = message is null ? null : BuildDiagnostic.MakeRelative(message, root),
            Output = BuildDiagnostic.MakeRelative(captured.ToString(), root),
            OutputTruncated = captured.Truncated,
            Milliseconds = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds,
        };
    }

    /// <summary>Map the suite's outcome status to the grader's.</summary>
    /// <param name="status">The suite's status.</param>
    /// <returns>The grader's status.</returns>
    public static ScenarioStatus StatusOf(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Passed => ScenarioStatus.Passed,
        OutcomeStatus.Failed => ScenarioStatus.Failed,
        OutcomeStatus.TimedOut => ScenarioStatus.TimedOut,
        OutcomeStatus.NotApplicable => ScenarioStatus.NotApplicable,
        OutcomeStatus.Ignored => ScenarioStatus.Skipped,
        _ => ScenarioStatus.Errored,
    };

    private ILooperImplementation Create()
    {
        try
        {
            return (ILooperImplementation)Activator.CreateInstance(implementation, nonPublic: true)!;
        }
        catch (Exception exception)
        {
            var cause = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
            throw new CreationFailedException($"Creating {implementation.FullName} threw {cause.GetType().Name}: {cause.Message}", cause);
        }
    }

    /// <summary>Signal that the submission's implementation could not be created.</summary>
    private sealed class CreationFailedException(string message, Exception innerException) : Exception(message, innerException);

    /// <summary>An implementation of nothing, for the warm-up run.</summary>
    private sealed class NothingImplemented : ILooperImplementation
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
            throw new NotImplementedException();
    }
}
