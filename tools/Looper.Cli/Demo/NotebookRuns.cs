using Looper.Cli.Logging;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Looper.Cli.Demo;

/// <summary>
/// Replay the three runs of the Looper notebook against an implementation, each under its own heading.
/// </summary>
/// <param name="console">Where headings, steps and log lines go.</param>
/// <param name="clock">The clock the runs read and move.</param>
/// <param name="minimumLevel">The lowest log level shown.</param>
/// <param name="implementation">The looper and coroutines to run.</param>
public sealed class NotebookRuns(IAnsiConsole console, DemoClock clock, LogLevel minimumLevel, ILooperImplementation implementation)
{
    /// <summary>The line the wrapper's callback prints and returns.</summary>
    public const string Greeting = "Hello, it was worth the wait";

    private static readonly TimeSpan[] HandSteps = [TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)];

    /// <summary>Run the three notebook runs in order.</summary>
    /// <param name="cancellationToken">Stops a hand step that waits on the wall clock.</param>
    /// <returns>A task that completes when the last run has.</returns>
    public async Task RunAllAsync(CancellationToken cancellationToken)
    {
        await StepWaitByHandAsync(cancellationToken);
        RunThreeWaits();
        RunWaitWrapper();
    }

    /// <summary>Step a 5-second wait by hand at 0, 2 and 6 seconds, printing each future it yields.</summary>
    /// <param name="cancellationToken">Stops a hand step that waits on the wall clock.</param>
    /// <returns>A task that completes after the third step.</returns>
    public async Task StepWaitByHandAsync(CancellationToken cancellationToken)
    {
        Heading("Run 1: a 5-second wait, stepped by hand at 0, 2 and 6 seconds");
        var (logger, elapsed) = StartRun();
        using var wait = implementation.CreateWait(TimeSpan.FromSeconds(5), clock.Provider, logger);
        for (var step = 1; step <= HandSteps.Length; step++)
        {
            var due = HandSteps[step - 1] - elapsed();
            if (due > TimeSpan.Zero)
            {
                await clock.PassAsync(due, cancellationToken);
            }

            var yielded = wait.MoveNext() ? wait.Current.ToString() : "(the wait has ended)";
            Line(elapsed(), $"step {step} yields {yielded}");
        }
    }

    /// <summary>Run waits of 5, 10 and 3 seconds on one looper until complete; they finish in the order 3, 5, 10.</summary>
    public void RunThreeWaits()
    {
        Heading("Run 2: waits of 5, 10 and 3 seconds on one looper");
        var (logger, _) = StartRun();
        var looper = implementation.CreateLooper(clock.Provider, logger);
        clock.KeepTimeMoving(looper, TimeSpan.FromSeconds(10));
        foreach (var seconds in (int[])[5, 10, 3])
        {
            looper.AddTask(implementation.CreateWait(TimeSpan.FromSeconds(seconds), clock.Provider, logger));
        }

        looper.RunUntilComplete();
    }

    /// <summary>Run a wrapper over a 5-second wait whose callback prints and returns the greeting, then show the wrapper's result.</summary>
    public void RunWaitWrapper()
    {
        Heading("Run 3: the wait wrapper, calling back after 5 seconds");
        var (logger, elapsed) = StartRun();
        var looper = implementation.CreateLooper(clock.Provider, logger);
        clock.KeepTimeMoving(looper, TimeSpan.FromSeconds(5));
        var wrapper = implementation.CreateWaitWrapper(
            () =>
            {
                console.WriteLine(Greeting);
                return Greeting;
            },
            TimeSpan.FromSeconds(5),
            looper,
            clock.Provider,
            logger);
        looper.AddTask(wrapper);
        looper.RunUntilComplete();
        Line(elapsed(), $"wrapper task: {looper.GetTask(wrapper)?.ToString() ?? "(gone)"}");
    }

    private (ILogger Logger, Func<TimeSpan> Elapsed) StartRun()
    {
        var start = clock.Provider.GetTimestamp();
        var provider = new SpectreLoggerProvider(console, minimumLevel, clock.Provider);
        return (provider.CreateLogger("Looper"), () => clock.Provider.GetElapsedTime(start));
    }

    private void Heading(string title)
    {
        console.WriteLine();
        // Colour only, no bold: a plain console drops colours but would still emit the escape code of a decoration.
        console.Write(new Rule($"[yellow]{Markup.Escape(title)}[/]").LeftJustified());
    }

    private void Line(TimeSpan time, string text) =>
        console.Write(new Paragraph().Append(SpectreLogger.FormatStamp(time) + " ", new Style(Color.Grey)).Append(text + "\n"));
}
