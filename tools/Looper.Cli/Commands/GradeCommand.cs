using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Looper.Cli.Grade;
using Looper.Grading.Reports;
using Spectre.Console;

namespace Looper.Cli.Commands;

/// <summary>
/// Define <c>looper grade</c>: grade a submission, a folder of submissions, or the reference against the conformance suite.
/// </summary>
public static class GradeCommand
{
    /// <summary>Create the <c>grade</c> command, writing its scorecard to <paramref name="console"/>.</summary>
    /// <param name="console">Where the scorecard and the batch matrix go.</param>
    /// <returns>The command, ready to add to the root command.</returns>
    public static Command Create(IAnsiConsole console)
    {
        var submission = new Argument<string?>("submission")
        {
            Description = "The submission's folder, its project file, or its built .dll; with --batch, a folder with one folder per submission. "
                + "Leave it out to grade the reference implementation.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var batch = new Option<bool>("--batch") { Description = "Grade every submission folder inside <submission>, several at a time, and write a compliance matrix." };
        var config = new Option<string?>("--config")
        {
            Description = "The grading config (JSON): points per stage and per scenario, hidden pack, time limits. Default: grading/grading.json in the current folder if it exists, else built-in values.",
            HelpName = "file",
        };
        var hidden = new Option<string?>("--hidden") { Description = "A folder of hidden .feature files to grade as well; wins over the config's.", HelpName = "folder" };
        var noHidden = new Option<bool>("--no-hidden") { Description = "Leave the hidden scenarios out." };
        var showHidden = new Option<bool>("--show-hidden") { Description = "Name hidden scenarios and show their details in every report (for staff; learners should not see them)." };
        var reports = new Option<string?>("--reports")
        {
            Description = $"Write every report into this folder: {ReportFiles.GradescopeName}, {ReportFiles.ExercismName}, {ReportFiles.JUnitName}, {ReportFiles.MarkdownName}, {ReportFiles.ClassroomName} (a batch adds one folder per submission and the matrix).",
            HelpName = "folder",
        };
        var gradescope = new Option<string?>("--gradescope") { Description = "Write Gradescope's results.json here.", HelpName = "file" };
        var exercism = new Option<string?>("--exercism") { Description = "Write Exercism's results.json (version 3) here.", HelpName = "file" };
        var junit = new Option<string?>("--junit") { Description = "Write a JUnit XML report here.", HelpName = "file" };
        var classroom = new Option<string?>("--classroom")
        {
            Description = "Write GitHub Classroom's autograding result (the JSON its reporter reads, base64-encoded by the workflow) here.",
            HelpName = "file",
        };
        var markdown = new Option<string?>("--markdown") { Description = "Write the Markdown summary here, such as \"$GITHUB_STEP_SUMMARY\".", HelpName = "file" };
        var scenarioTimeout = new Option<double?>("--scenario-timeout")
        {
            Description = "Seconds one scenario may run before it is reported as timed out (default 10, or the config's).",
            HelpName = "seconds",
            CustomParser = result => ParseSeconds(result, "--scenario-timeout"),
        };
        var timeout = new Option<double?>("--timeout")
        {
            Description = "Seconds the whole suite may run against one submission (default 600, or the config's).",
            HelpName = "seconds",
            CustomParser = result => ParseSeconds(result, "--timeout"),
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many submissions of a batch to grade at once (default: the number of processors).",
            HelpName = "count",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = ParseParallel,
        };

        var requireSandbox = new Option<bool>("--require-sandbox")
        {
            Description = "Refuse to grade when no sandbox (bubblewrap) can be had, instead of grading unsandboxed with a warning in every report.",
        };

        var command = new Command("grade", "Grade a submission against the conformance suite, its code in a sandboxed host process, print its scorecard and write its reports. " + ExitCodes.Summary)
        {
            submission, batch, config, hidden, noHidden, showHidden, reports, gradescope, exercism, junit, markdown, classroom, scenarioTimeout, timeout, parallel, requireSandbox,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new GradeRequest(
                parseResult.GetValue(submission),
                parseResult.GetValue(batch),
                parseResult.GetValue(config),
                parseResult.GetValue(hidden),
                parseResult.GetValue(noHidden),
                parseResult.GetValue(showHidden),
                parseResult.GetValue(reports),
                new ReportFiles(parseResult.GetValue(gradescope), parseResult.GetValue(exercism), parseResult.GetValue(junit), parseResult.GetValue(markdown), parseResult.GetValue(classroom)),
                parseResult.GetValue(scenarioTimeout) is { } scenarioSeconds ? TimeSpan.FromSeconds(scenarioSeconds) : null,
                parseResult.GetValue(timeout) is { } runSeconds ? TimeSpan.FromSeconds(runSeconds) : null,
                parseResult.GetValue(parallel))
            {
                RequireSandbox = parseResult.GetValue(requireSandbox),
            };
            var session = new GradeSession(console, parseResult.InvocationConfiguration.Error, Environment.CurrentDirectory, TimeProvider.System);
            return session.RunAsync(request, cancellationToken);
        });
        return command;
    }

    private static double? ParseSeconds(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 86_400)
        {
            return seconds;
        }

        result.AddError($"{name} must be a number of seconds above 0 and at most 86400, got '{text}'.");
        return null;
    }

    private static int ParseParallel(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return count;
        }

        result.AddError($"--parallel must be a whole number above 0, got '{text}'.");
        return 1;
    }
}
