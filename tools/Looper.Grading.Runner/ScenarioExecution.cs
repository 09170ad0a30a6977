using Looper.Conformance.Bridge;
using Looper.Conformance.Drivers;
using Looper.Grading.Protocol;
using Looper.Grading.Running;
using Looper.Grading.Scenarios;
using Looper.Grading.Submissions;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Shouldly;

namespace Looper.Grading.Runner;

/// <summary>
/// Run one scenario against a new instance of the submission's implementation, capture what it prints, and say how it ended.
/// </summary>
/// <param name="implementation">The submission's implementation type.</param>
/// <param name="outputLimit">How many characters of output to keep per scenario.</param>
/// <param name="root">The submission's folder, which paths in messages are made relative to.</param>
internal sealed class ScenarioExecution(Type implementation, int outputLimit, string root)
{
    private const string Group = "submission";
    private const string ExtensionTag = "extension";
    private const int StackLines = 8;

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
            await ScenarioRunner.RunAsync("warm-up", scenario.Case, container =>
            {
                container.RegisterInstanceAs<ILooperImplementation>(new NothingImplemented());
                container.RegisterInstanceAs(Verdict.For(scenario.Case));
                container.RegisterInstanceAs(new RunGuard { Timeout = Timeout.InfiniteTimeSpan });
            });
        }
        catch (Exception exception) when (exception is ImplementationFailedException or ShouldAssertException)
        {
            // Expected: nothing is implemented.
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
        string? message = null;
        try
        {
            var instance = Create();
            var verdict = Verdict.For(scenario.Case);

            // The grader stops a scenario that runs too long by ending this process, so the suite's own guard never gives up.
            var guard = new RunGuard { Timeout = Timeout.InfiniteTimeSpan };
            var driver = new LooperDriver(instance, verdict, guard);
            try
            {
                await ScenarioRunner.RunAsync(Group, scenario.Case, container =>
                {
                    container.RegisterInstanceAs(instance);
                    container.RegisterInstanceAs(verdict);
                    container.RegisterInstanceAs(guard);
                    container.RegisterInstanceAs(driver);
                });
                status = ScenarioStatus.Passed;
            }
            catch (Exception exception)
            {
                (status, message) = Classify(exception, driver.Budget.Exceeded);
                if (status == ScenarioStatus.Errored && scenario.Tags.Contains(ExtensionTag, StringComparer.Ordinal) && !ImplementsAnExtension())
                {
                    // An optional extension the submission does not take up is not an error of the submission.
                    (status, message) = (ScenarioStatus.Skipped, $"Not run: this scenario checks an optional extension, and the submission implements none. {message}");
                }
            }
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

    /// <summary>Say how a scenario that threw ended: timed out on the step budget, skipped, errored or failed.</summary>
    /// <param name="exception">What the scenario threw.</param>
    /// <param name="budgetExceeded">Whether the scenario ran out of the suite's step budget.</param>
    /// <returns>The status and the message.</returns>
    public static (ScenarioStatus Status, string Message) Classify(Exception exception, bool budgetExceeded)
    {
        var chain = Chain(exception).ToList();
        if (budgetExceeded || chain.Any(link => link is StepBudgetExceededException or ReturnTimeoutException))
        {
            return (ScenarioStatus.TimedOut, exception.Message);
        }

        if (chain.Any(link => link is InconclusiveException or IgnoreException))
        {
            return (ScenarioStatus.Skipped, exception.Message);
        }

        return exception switch
        {
            ShouldAssertException or AssertionException => (ScenarioStatus.Failed, exception.Message),
            ImplementationFailedException => (ScenarioStatus.Errored, exception.Message),
            _ => (ScenarioStatus.Errored, Describe(exception)),
        };
    }

    private static string Describe(Exception exception)
    {
        var stack = (exception.StackTrace ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Take(StackLines);
        return $"{exception.GetType().Name}: {exception.Message}\n{string.Join('\n', stack)}".TrimEnd();
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? link = exception; link is not null; link = link.InnerException)
        {
            yield return link;
        }
    }

    private bool ImplementsAnExtension() =>
        implementation.GetInterfaces().Any(contract => contract.Assembly == typeof(ILooperImplementation).Assembly && contract != typeof(ILooperImplementation));

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
