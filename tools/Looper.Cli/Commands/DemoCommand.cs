using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Looper.Cli.Demo;
using Looper.Reference;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Looper.Cli.Commands;

/// <summary>
/// Define <c>looper demo</c>: replay the notebook's three runs against the reference implementation.
/// </summary>
public static class DemoCommand
{
    /// <summary>The tick used when <c>--tick</c> is not given, in milliseconds.</summary>
    public const int DefaultTickMilliseconds = 250;

    /// <summary>Create the <c>demo</c> command, writing to <paramref name="console"/>.</summary>
    /// <param name="console">Where the demo writes its headings, steps and log lines.</param>
    /// <returns>The command, ready to add to the root command.</returns>
    public static Command Create(IAnsiConsole console)
    {
        var tick = new Option<int>("--tick")
        {
            Description = "How far the virtual clock moves on each round of a loop, in milliseconds (positive). Ignored with --real-time.",
            HelpName = "milliseconds",
            DefaultValueFactory = _ => DefaultTickMilliseconds,
            CustomParser = ParseTick,
        };
        var realTime = new Option<bool>("--real-time")
        {
            Description = "Use the wall clock instead of virtual time. The demo then really takes about 21 s: run 1 waits 6 s, "
                + "and runs 2 and 3 busy-loop for 10 s and 5 s.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Also show Debug log lines, such as every poll of a wait.",
        };

        var command = new Command("demo", "Replay the notebook's three runs against the reference looper, on a virtual clock unless --real-time is given.")
        {
            tick,
            realTime,
            verbose,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            DemoClock clock = parseResult.GetValue(realTime)
                ? new RealDemoClock()
                : new VirtualDemoClock(TimeSpan.FromMilliseconds(parseResult.GetValue(tick)));
            var minimumLevel = parseResult.GetValue(verbose) ? LogLevel.Debug : LogLevel.Information;
            var runs = new NotebookRuns(console, clock, minimumLevel, new ReferenceLooperImplementation());
            await runs.RunAllAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int ParseTick(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds > 0)
        {
            return milliseconds;
        }

        result.AddError($"--tick must be a positive whole number of milliseconds, got '{text}'.");
        return DefaultTickMilliseconds;
    }
}
