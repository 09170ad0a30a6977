using System.Globalization;
using System.IO.Pipes;
using System.Text;
using CliWrap;
using Looper.Grading.Configuration;
using Looper.Grading.Protocol;
using Looper.Grading.Scenarios;
using Looper.Grading.Submissions;

namespace Looper.Grading.Running;

/// <summary>
/// Run the suite against a built submission in child processes, so its code never runs in the grader's process.
/// </summary>
/// <remarks>
/// The runner reports each scenario as it starts and finishes on a named pipe. A scenario that does not finish within
/// its time limit is reported as timed out, and the runner is started again on the scenarios left; every result reported
/// before is kept. There is no limit on the number of relaunches: the whole run is bounded by
/// <see cref="GradingConfig.RunTimeout"/> instead, so a fault costs only its own scenario while time remains.
/// <para>
/// A runner that dies (a crash on any thread ends the process) is blamed on the scenario that was running, but only once
/// that scenario has died on its own: when other scenarios ran before it in the same process, it is run again first in a
/// new process, and its second result is the one kept. So a thread an earlier scenario left behind, crashing later, does
/// not cost an unrelated scenario. A runner that stops twice in a row before starting any scenario ends the run.
/// </para>
/// </remarks>
/// <param name="timeProvider">The clock that time limits and durations use.</param>
/// <param name="runnerPath">The runner's assembly, usually <see cref="RunnerLocation.Beside"/>.</param>
public sealed class IsolatedSuiteRun(TimeProvider timeProvider, string runnerPath)
{
    /// <summary>How long a runner may take to start and load the submission.</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(5);
    private const int CrashLines = 6;
    private const int FruitlessLaunches = 2;

    /// <summary>Gets what is told, after each scenario, how many scenarios have run; may be <see langword="null"/>.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Run every scenario of <paramref name="catalog"/> against the assembly.</summary>
    /// <param name="assemblyPath">The built submission.</param>
    /// <param name="submissionRoot">The submission's folder: the runner's working folder, and what paths in messages are made relative to.</param>
    /// <param name="catalog">The scenarios.</param>
    /// <param name="config">Time limits, output caps and relaunches.</param>
    /// <param name="workDirectory">A folder for the runner's scenario lists.</param>
    /// <param name="cancellationToken">Stops the run and its processes.</param>
    /// <returns>One outcome per scenario.</returns>
    public async Task<SuiteRunResult> RunAsync(
        string assemblyPath,
        string submissionRoot,
        ScenarioCatalog catalog,
        GradingConfig config,
        string workDirectory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(config);
        var outcomes = new Dictionary<string, ScenarioOutcome>(StringComparer.Ordinal);
        foreach (var scenario in catalog.Scenarios.Where(scenario => scenario.Ignored))
        {
            outcomes[scenario.Key] = NotRun(scenario, ScenarioStatus.Skipped, "Not run: the scenario is tagged @ignore.");
        }

        var remaining = catalog.Scenarios.Where(scenario => !scenario.Ignored).ToList();
        var processOutput = new CappedText(config.ProcessOutputLimit);
        using var runLimit = new CancellationTokenSource(config.RunTimeout, timeProvider);
        using var runStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runLimit.Token);
        var context = new LaunchContext(assemblyPath, submissionRoot, catalog, config, workDirectory, processOutput, runLimit, cancellationToken);
        string? implementation = null;
        string? problem = null;
        string? problemMessage = null;
        GradedScenario? suspect = null;
        var launches = 0;
        var fruitless = 0;
        while (remaining.Count > 0)
        {
            launches++;
            var launch = await LaunchAsync(context, remaining, launches, runStop.Token);
            implementation ??= launch.Implementation;
            foreach (var outcome in launch.Finished)
            {
                outcomes[outcome.Scenario.Key] = outcome;
            }

            remaining.RemoveAll(scenario => outcomes.ContainsKey(scenario.Key));
            fruitless = launch.Finished.Count > 0 || launch.InFlight is not null ? 0 : fruitless + 1;
            if (launch.InFlight is { } inFlight)
            {
                if (launch.End == LaunchEnd.Crashed && !ReferenceEquals(inFlight, suspect) && launch.Finished.Count > 0)
                {
                    // The process died while this scenario ran, but a thread left behind by an earlier scenario may have
                    // killed it: run it again first, in a new process, and charge the crash to it only if it repeats.
                    suspect = inFlight;
                    remaining.Remove(inFlight);
                    remaining.Insert(0, inFlight);
                    context.ProcessOutput.Append($"[grader] the runner died while '{inFlight.Key}' ran, after other scenarios in the same process; running it again alone first\n");
                }
                else
                {
                    outcomes[inFlight.Key] = launch.InFlightOutcome!;
                    remaining.Remove(inFlight);
                    suspect = null;
                }
            }

            if (launch.End == LaunchEnd.Problem)
            {
                (problem, problemMessage) = (launch.Problem, launch.ProblemMessage);
                Skip(remaining, outcomes, $"Not run: {launch.ProblemMessage}");
                break;
            }

            if (launch.End == LaunchEnd.RunTimedOut)
            {
                Skip(remaining, outcomes, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Not run: the whole run's time limit of {config.RunTimeout.TotalSeconds:0.###} s was reached before this scenario."));
                break;
            }

            if (launch.End == LaunchEnd.Completed && remaining.Count > 0)
            {
                Skip(remaining, outcomes, "Not run: the runner ended without reporting this scenario.");
                break;
            }

            if (fruitless >= FruitlessLaunches)
            {
                Skip(remaining, outcomes, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Not run: the runner was started {fruitless} times in a row and each time stopped before it started a scenario."));
                break;
            }
        }

        return new SuiteRunResult(
            [.. catalog.Scenarios.Select(scenario => outcomes[scenario.Key])],
            implementation,
            problem,
            problemMessage,
            processOutput.ToString(),
            processOutput.Truncated,
            launches);
    }

    private async Task<Launch> LaunchAsync(LaunchContext context, IReadOnlyList<GradedScenario> scenarios, int number, CancellationToken runToken)
    {
        var listFile = Path.Combine(context.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"scenarios-{number}.txt"));
        await File.WriteAllLinesAsync(listFile, scenarios.Select(scenario => scenario.Key), runToken);
        var pipeName = $"looper-{Guid.NewGuid():N}"[..24];
        await using var server = new NamedPipeServerStream(pipeName, PipeDirection.In, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous);
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        var errors = new CappedText(4_000);
        var arguments = new RunnerArguments(context.AssemblyPath, pipeName, listFile, context.Catalog.HiddenDirectory, context.Config.ScenarioOutputLimit);
        var exited = RunProcessAsync(
            Cli.Wrap(DotnetHost.Path)
                .WithArguments(["exec", runnerPath, .. arguments.ToCommandLine()])
                .WithWorkingDirectory(context.SubmissionRoot)
                .WithValidation(CommandResultValidation.None)
                .WithStandardOutputPipe(Collect(context.ProcessOutput))
                .WithStandardErrorPipe(PipeTarget.Merge(Collect(context.ProcessOutput), Collect(errors))),
            kill.Token);

        var state = new LaunchState(context, scenarios, errors, timeProvider, Progress);
        using (var startup = CancellationTokenSource.CreateLinkedTokenSource(kill.Token))
        {
            startup.CancelAfter(StartupTimeout);
            var connected = server.WaitForConnectionAsync(startup.Token);
            if (await Task.WhenAny(connected, exited) != connected || !connected.IsCompletedSuccessfully)
            {
                await StopAsync(kill, exited);
                context.CancellationToken.ThrowIfCancellationRequested();
                return state.EndedBeforeReady(await exited);
            }
        }

        using var reader = new StreamReader(server, Encoding.UTF8);
        while (true)
        {
            var budget = state.Ready ? context.Config.ScenarioTimeout : StartupTimeout;
            string? line;
            using (var lineLimit = new CancellationTokenSource(budget, timeProvider))
            using (var readStop = CancellationTokenSource.CreateLinkedTokenSource(kill.Token, lineLimit.Token))
            {
                try
                {
                    line = await reader.ReadLineAsync(readStop.Token);
                }
                catch (OperationCanceledException)
                {
                    await StopAsync(kill, exited);
                    context.CancellationToken.ThrowIfCancellationRequested();
                    return context.RunLimit.IsCancellationRequested ? state.RunTimedOut() : state.ScenarioTimedOut(budget);
                }
                catch (IOException)
                {
                    line = null;
                }
            }

            if (line is null)
            {
                var exitCode = await exited;
                return state.Completed ? state.Complete() : state.Crashed(exitCode);
            }

            var message = RunnerMessage.TryParse(line, out var parsed) ? parsed! : null;
            if (message is null)
            {
                context.ProcessOutput.Append("[grader] ignored a line on the results channel that is not a runner message\n");
                continue;
            }

            state.Apply(message);
            if (message.Type == RunnerMessage.Problem)
            {
                await StopAsync(kill, exited, ExitGrace);
                return state.Stopped(message);
            }

            if (message.Type == RunnerMessage.Completed)
            {
                await StopAsync(kill, exited, ExitGrace);
                return state.Complete();
            }
        }
    }

    private static async Task<int?> RunProcessAsync(Command command, CancellationToken kill)
    {
        try
        {
            var result = await command.ExecuteAsync(kill);
            return result.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private async Task StopAsync(CancellationTokenSource kill, Task<int?> exited, TimeSpan? grace = null)
    {
        if (grace is { } wait && !exited.IsCompleted)
        {
            await Task.WhenAny(exited, Task.Delay(wait, timeProvider));
        }

        if (!exited.IsCompleted)
        {
            await kill.CancelAsync();
        }

        await exited;
    }

    private static PipeTarget Collect(CappedText text) => PipeTarget.Create(async (stream, cancellationToken) =>
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[4_096];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(buffer.AsSpan(0, read));
        }
    });

    private static void Skip(List<GradedScenario> remaining, Dictionary<string, ScenarioOutcome> outcomes, string message)
    {
        foreach (var scenario in remaining)
        {
            outcomes[scenario.Key] = NotRun(scenario, ScenarioStatus.Skipped, message);
        }

        remaining.Clear();
    }

    private static ScenarioOutcome NotRun(GradedScenario scenario, ScenarioStatus status, string message) =>
        new(scenario, status, message, string.Empty, false, TimeSpan.Zero);

    private sealed record LaunchContext(
        string AssemblyPath,
        string SubmissionRoot,
        ScenarioCatalog Catalog,
        GradingConfig Config,
        string WorkDirectory,
        CappedText ProcessOutput,
        CancellationTokenSource RunLimit,
        CancellationToken CancellationToken);

    private enum LaunchEnd
    {
        Completed,
        Problem,
        ScenarioTimedOut,
        RunTimedOut,
        Crashed,
    }

    private sealed record Launch(
        LaunchEnd End,
        IReadOnlyList<ScenarioOutcome> Finished,
        GradedScenario? InFlight,
        ScenarioOutcome? InFlightOutcome,
        string? Implementation,
        string? Problem,
        string? ProblemMessage);

    /// <summary>Follow one runner process through its messages.</summary>
    private sealed class LaunchState(LaunchContext context, IReadOnlyList<GradedScenario> scenarios, CappedText errors, TimeProvider clock, IProgress<string>? progress)
    {
        private readonly Dictionary<string, GradedScenario> _asked = scenarios.ToDictionary(scenario => scenario.Key, StringComparer.Ordinal);
        private readonly List<ScenarioOutcome> _finished = [];
        private GradedScenario? _inFlight;
        private long _startedAt;
        private string? _implementation;

        public bool Ready { get; private set; }

        public bool Completed { get; private set; }

        public void Apply(RunnerMessage message)
        {
            switch (message.Type)
            {
                case RunnerMessage.Ready:
                    Ready = true;
                    _implementation = message.Implementation;
                    break;
                case RunnerMessage.Started when message.Key is { } key && _asked.TryGetValue(key, out var scenario):
                    _inFlight = scenario;
                    _startedAt = clock.GetTimestamp();
                    break;
                case RunnerMessage.Finished when message.Key is { } key && _asked.Remove(key, out var scenario):
                    var status = ScenarioStatusText.TryParse(message.Status, out var parsed) ? parsed : ScenarioStatus.Errored;
                    var duration = message.Milliseconds is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : clock.GetElapsedTime(_startedAt);
                    var output = Reports.SafeText.Clean(message.Output ?? string.Empty, Reports.SafeText.OutputLimit)!;
                    _finished.Add(new ScenarioOutcome(
                        scenario,
                        status,
                        Reports.SafeText.Clean(message.Message),
                        output,
                        message.OutputTruncated || output.Length < (message.Output ?? string.Empty).Length,
                        duration));
                    _inFlight = null;
                    progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Running scenarios: {scenario.Key} {status.Words()}"));
                    break;
                case RunnerMessage.Completed:
                    Completed = true;
                    break;
            }
        }

        public Launch Complete() => new(LaunchEnd.Completed, _finished, null, null, _implementation, null, null);

        public Launch Stopped(RunnerMessage problem) =>
            new(LaunchEnd.Problem, _finished, null, null, _implementation, problem.ProblemKind, problem.Message);

        public Launch ScenarioTimedOut(TimeSpan budget) => _inFlight is { } scenario
            ? WithInFlight(LaunchEnd.ScenarioTimedOut, ScenarioStatus.TimedOut, string.Create(
                CultureInfo.InvariantCulture,
                $"Did not finish within {budget.TotalSeconds:0.###} s, the time limit of one scenario: the grader stopped it. A loop that never ends without calling the suite's clock or coroutines is the usual cause."))
            : Crashed(null, $"The runner went silent for {budget.TotalSeconds:0.###} s between scenarios and was stopped.");

        public Launch RunTimedOut() => _inFlight is not null
            ? WithInFlight(LaunchEnd.RunTimedOut, ScenarioStatus.TimedOut, string.Create(
                CultureInfo.InvariantCulture,
                $"Did not finish before the whole run's time limit of {context.Config.RunTimeout.TotalSeconds:0.###} s was reached."))
            : new Launch(LaunchEnd.RunTimedOut, _finished, null, null, _implementation, null, null);

        public Launch Crashed(int? exitCode, string? why = null)
        {
            var text = why ?? $"The submission's process ended while this scenario ran ({ExitDescription.Of(exitCode)}).{CrashDetails()}";
            return _inFlight is not null
                ? WithInFlight(LaunchEnd.Crashed, ScenarioStatus.Crashed, text)
                : new Launch(LaunchEnd.Crashed, _finished, null, null, _implementation, null, null);
        }

        public Launch EndedBeforeReady(int? exitCode) => Ready
            ? Crashed(exitCode)
            : new Launch(
                LaunchEnd.Problem,
                _finished,
                null,
                null,
                null,
                RunnerMessage.DoesNotLoad,
                $"the runner stopped before it could load the submission ({ExitDescription.Of(exitCode)}).{CrashDetails()}");

        private Launch WithInFlight(LaunchEnd end, ScenarioStatus status, string message)
        {
            var scenario = _inFlight!;
            var outcome = new ScenarioOutcome(scenario, status, message, string.Empty, false, clock.GetElapsedTime(_startedAt));
            return new Launch(end, _finished, scenario, outcome, _implementation, null, null);
        }

        private string CrashDetails()
        {
            var lines = errors.ToString().ReplaceLineEndings("\n").Split('\n')
                .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
                .Take(CrashLines)
                .Select(line => BuildDiagnostic.MakeRelative(line.TrimEnd(), context.SubmissionRoot))
                .ToList();
            return lines.Count == 0 ? string.Empty : "\nWhat it wrote before it ended:\n" + string.Join('\n', lines);
        }
    }
}
