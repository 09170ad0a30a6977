using System.Globalization;
using Looper.Conformance;
using Looper.Conformance.Traits;
using Looper.Grading.Configuration;
using Looper.Grading.Hosting;
using Looper.Grading.Reports;
using Looper.Grading.Scenarios;
using Looper.Grading.Submissions;
using Looper.Protocol.Peering;
using Looper.Protocol.Wire;
using Looper.Remote;
using Looper.Sandbox;

namespace Looper.Grading.Running;

/// <summary>
/// Run every scenario in the grader's own process, through the suite's <see cref="ConformanceRun"/>, against the submission
/// held by a host process (spec/protocol.md), in the sandbox: the judge never loads the submission's code.
/// </summary>
/// <remarks>
/// Scenarios run one after another, each in its own session of one host. A host that dies, hangs or breaks the channel
/// costs only the scenario in progress, and a new host serves the next one; there is no limit on relaunches, the run's
/// time limit (<see cref="GradingConfig.RunTimeout"/>) bounds them. A host may die because of a thread an earlier
/// scenario left behind, so a scenario that was running when a host that had served others died runs again first in a
/// new host, and is charged with the crash only if it dies there too.
/// </remarks>
/// <param name="timeProvider">The clock that time limits and durations use.</param>
/// <param name="host">How to start the host, and in which sandbox.</param>
public sealed class RemoteSuiteRun(TimeProvider timeProvider, GradingHost host)
{
    /// <summary>How long a host may take to start, load the submission and say hello.</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private const int CrashLines = 6;
    private static readonly Lazy<Task> WarmUp = new(() => Task.Run(() => Warming.RunAsync()));

    /// <summary>Gets what is told, after each scenario, how it ended; may be <see langword="null"/>.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Run every scenario of <paramref name="catalog"/> against the submission.</summary>
    /// <param name="submissionPath">The built submission (its assembly), as the host command takes it.</param>
    /// <param name="submissionRoot">The submission's folder, which paths in messages are made relative to.</param>
    /// <param name="catalog">The scenarios.</param>
    /// <param name="config">Time limits and output caps.</param>
    /// <param name="cancellationToken">Stops the run and its host.</param>
    /// <returns>One outcome per scenario.</returns>
    /// <exception cref="SandboxUnavailableException">The sandbox is required and cannot be had.</exception>
    public async Task<SuiteRunResult> RunAsync(string submissionPath, string submissionRoot, ScenarioCatalog catalog, GradingConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(config);
        var outcomes = new Dictionary<string, ScenarioOutcome>(StringComparer.Ordinal);
        foreach (var scenario in catalog.Scenarios.Where(scenario => scenario.Ignored))
        {
            outcomes[scenario.Key] = NotRun(scenario, ScenarioStatus.Skipped, "Not run: the scenario is tagged @ignore.");
        }

        var remaining = catalog.Scenarios.Where(scenario => !scenario.Ignored).ToList();
        var state = new RunState(submissionRoot, new CappedText(config.ProcessOutputLimit));
        await WarmUp.Value.WaitAsync(cancellationToken);
        using var runLimit = new CancellationTokenSource(config.RunTimeout, timeProvider);
        using var runStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runLimit.Token);
        using var launcher = new HostLauncher(host, config, catalog.HiddenDirectory);
        Lease? lease = null;
        GradedScenario? suspect = null;
        try
        {
            while (remaining.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (runLimit.IsCancellationRequested)
                {
                    Skip(remaining, outcomes, RunLimitReached(config));
                    break;
                }

                if (lease is null)
                {
                    state.Launches++;
                    var started = await launcher.StartAsync(submissionPath, runStop.Token);
                    cancellationToken.ThrowIfCancellationRequested();
                    state.Unsandboxed ??= launcher.UnsandboxedBecause;
                    if (started.Host is null)
                    {
                        var words = BuildDiagnostic.MakeRelative(started.ProblemMessage!, submissionRoot);
                        (state.Problem, state.ProblemMessage) = (started.Problem, launcher.StageFolder is { } stage ? BuildDiagnostic.MakeRelative(words, stage) : words);
                        Skip(remaining, outcomes, $"Not run: {state.ProblemMessage}");
                        break;
                    }

                    lease = new Lease(started.Host);
                    state.Implementation ??= started.Host.ImplementationName;
                }

                var scenario = remaining[0];
                state.ProcessOutput.Append(lease.Host.TakeOutput().Text);
                var result = await RunOneAsync(lease, scenario, config, state, runLimit, cancellationToken);
                if (result.Crashed && lease.Served > 0 && !ReferenceEquals(scenario, suspect))
                {
                    // A thread left behind by an earlier scenario may have killed the host: run this one again first, alone.
                    suspect = scenario;
                    state.ProcessOutput.Append($"[grader] the host died while '{scenario.Key}' ran, after other scenarios in the same process; running it again alone first\n");
                    lease.Host.Dispose();
                    lease = null;
                    continue;
                }

                suspect = null;
                outcomes[scenario.Key] = result.Outcome;
                remaining.RemoveAt(0);
                lease.Served++;
                Progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Running scenarios: {scenario.Key} {result.Outcome.Status.Words()}"));
                if (result.HostGone)
                {
                    lease.Host.Dispose();
                    lease = null;
                }

                if (result.RunLimitReached)
                {
                    Skip(remaining, outcomes, RunLimitReached(config));
                    break;
                }
            }

            if (lease is not null)
            {
                state.ProcessOutput.Append(lease.Host.TakeOutput().Text);
            }
        }
        finally
        {
            lease?.Host.Dispose();
        }

        return new SuiteRunResult(
            [.. catalog.Scenarios.Select(scenario => outcomes[scenario.Key])],
            state.Implementation,
            state.Problem,
            state.ProblemMessage,
            state.ProcessOutput.ToString(),
            state.ProcessOutput.Truncated,
            state.Launches)
        {
            UnsandboxedBecause = state.Unsandboxed,
        };
    }

    private async Task<ScenarioResult> RunOneAsync(
        Lease lease, GradedScenario scenario, GradingConfig config, RunState state, CancellationTokenSource runLimit, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var name = ShortName(lease.Host.ImplementationName);
        var life = new SignsOfLife(() => lease.Host.Connection.FramesRead, () => lease.Host.OutputBytes);
        var run = Task.Run(() => RunScenarioAsync(lease.Host, scenario, name, host.Binding, config.StepBudget), CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runLimit.Token);
        if (!await EndsWhileAliveAsync(run, life, config.ScenarioTimeout, limit.Token))
        {
            // The scenario did not end in time: stop the host, which ends the calls the scenario waits on.
            lease.Host.Kill();
            cancellationToken.ThrowIfCancellationRequested();
            var (printed, cut) = Output(lease.Host, config);
            var message = runLimit.IsCancellationRequested
                ? string.Create(CultureInfo.InvariantCulture, $"Did not finish before the whole run's time limit of {config.RunTimeout.TotalSeconds:0.###} s was reached.")
                : string.Create(CultureInfo.InvariantCulture, $"Did not finish within {config.ScenarioTimeout.TotalSeconds:0.###} s, the time limit of one scenario: the grader stopped it. A loop that never ends without calling the suite's clock or coroutines is the usual cause.")
                    + life.OutputNote(config.ScenarioTimeout);
            return new ScenarioResult(
                new ScenarioOutcome(scenario, ScenarioStatus.TimedOut, message, printed, cut, timeProvider.GetElapsedTime(started)),
                HostGone: true,
                Crashed: false,
                RunLimitReached: runLimit.IsCancellationRequested);
        }

        var (status, text) = await run;
        var duration = timeProvider.GetElapsedTime(started);
        if (lease.Host.Connection.Failure is null)
        {
            var (printed, cut) = Output(lease.Host, config);
            return new ScenarioResult(new ScenarioOutcome(scenario, status, Clean(text, state.Root), printed, cut, duration), false, false, false);
        }

        // The channel broke while the scenario ran: the host died (the channel ended), or it broke the protocol (then it is stopped).
        var ended = lease.Host.Connection.Failure.InnerException is EndOfStreamException or IOException;
        if (ended && lease.Host.WaitForExit(TimeSpan.FromSeconds(5)) && lease.Host.ExitCode is { } exitCode)
        {
            var details = CrashDetails(lease.Host.ErrorTail(TimeSpan.FromSeconds(1)), state.Root);
            state.ProcessOutput.Append(lease.Host.TakeOutput().Text);
            var crash = $"The submission's process ended while this scenario ran ({ExitDescription.Of(exitCode)}).{details}";
            return new ScenarioResult(new ScenarioOutcome(scenario, ScenarioStatus.Crashed, Clean(crash, state.Root), string.Empty, false, duration), true, true, false);
        }

        lease.Host.Kill();
        var (output, truncated) = Output(lease.Host, config);
        return new ScenarioResult(new ScenarioOutcome(scenario, ScenarioStatus.Errored, Clean(text, state.Root), output, truncated, duration), true, false, false);
    }

    /// <summary>Wait for a scenario while the host shows signs of life: the net stops only a host that sent nothing for <paramref name="quiet"/> (output counting within its allowance), so a loop that keeps calling is stopped by the step budget, as in process, however slow the channel.</summary>
    /// <param name="run">The scenario's run.</param>
    /// <param name="life">The host's frames and output, which show progress.</param>
    /// <param name="quiet">How long the host may show no sign of life.</param>
    /// <param name="token">Ends the wait when the whole run's time is up.</param>
    /// <returns>True when the run ended; false when the host went quiet for too long or the run's time is up.</returns>
    private async Task<bool> EndsWhileAliveAsync(Task run, SignsOfLife life, TimeSpan quiet, CancellationToken token)
    {
        while (true)
        {
            var finished = await Task.WhenAny(run, Task.Delay(quiet, timeProvider, token).ContinueWith(_ => { }, TaskScheduler.Default));
            if (finished == run)
            {
                return true;
            }

            if (!life.Moved() || token.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    private static async Task<(ScenarioStatus Status, string? Message)> RunScenarioAsync(HostProcess host, GradedScenario scenario, string name, LanguageBinding binding, int stepBudget)
    {
        RemoteLooperImplementation implementation;
        try
        {
            implementation = RemoteLooperImplementation.Open(host.Connection);
        }
        catch (ChannelBrokenException broken)
        {
            return (ScenarioStatus.Errored, broken.Message);
        }
        catch (Exception exception)
        {
            return (ScenarioStatus.Errored, $"Creating {host.ImplementationName} threw {exception.GetType().Name}: {exception.Message}");
        }

        using (implementation)
        {
            // The grader stops a scenario that runs too long by stopping the host, so the suite's own guard never gives up.
            var outcome = await ConformanceRun.RunAsync(implementation, scenario.Case, binding, Timeout.InfiniteTimeSpan, stepBudget);
            var status = StatusOf(outcome.Status);
            return status == ScenarioStatus.NotApplicable
                ? (status, binding.NotApplicableReason(scenario.Case.Traits) ?? scenario.Case.Traits.NotApplicableReason(name))
                : (status, outcome.Message);
        }
    }

    /// <summary>Map the suite's outcome status to the grader's.</summary>
    /// <param name="status">The suite's status.</param>
    /// <returns>The grader's status.</returns>
    internal static ScenarioStatus StatusOf(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Passed => ScenarioStatus.Passed,
        OutcomeStatus.Failed => ScenarioStatus.Failed,
        OutcomeStatus.TimedOut => ScenarioStatus.TimedOut,
        OutcomeStatus.NotApplicable => ScenarioStatus.NotApplicable,
        OutcomeStatus.Ignored => ScenarioStatus.Skipped,
        _ => ScenarioStatus.Errored,
    };

    private static (string Text, bool Truncated) Output(HostProcess host, GradingConfig config)
    {
        var (taken, truncated) = host.TakeOutput();
        var (cut, dropped) = CappedText.Cut(taken, config.ScenarioOutputLimit);
        var clean = SafeText.Clean(cut, SafeText.OutputLimit)!;
        return (clean, truncated || dropped || clean.Length < cut.Length);
    }

    private static string? Clean(string? message, string root) =>
        message is null ? null : SafeText.Clean(BuildDiagnostic.MakeRelative(message, root));

    private static string CrashDetails(string errors, string root)
    {
        var lines = errors.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .Take(CrashLines)
            .Select(line => BuildDiagnostic.MakeRelative(line.TrimEnd(), root))
            .ToList();
        return lines.Count == 0 ? string.Empty : "\nWhat it wrote before it ended:\n" + string.Join('\n', lines);
    }

    /// <summary>Get the name the suite would give an implementation type, such as <c>Kata</c> for <c>Looper.Kata.KataLooperImplementation</c>.</summary>
    private static string ShortName(string fullName)
    {
        var name = fullName[(fullName.LastIndexOfAny(['.', '+']) + 1)..];
        foreach (var suffix in (string[])["LooperImplementation", "Implementation"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string RunLimitReached(GradingConfig config) => string.Create(
        CultureInfo.InvariantCulture,
        $"Not run: the whole run's time limit of {config.RunTimeout.TotalSeconds:0.###} s was reached before this scenario.");

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

    private sealed record ScenarioResult(ScenarioOutcome Outcome, bool HostGone, bool Crashed, bool RunLimitReached);

    /// <summary>One host and how many scenarios it has served.</summary>
    private sealed class Lease(HostProcess host)
    {
        public HostProcess Host { get; } = host;

        public int Served { get; set; }
    }

    private sealed class RunState(string root, CappedText processOutput)
    {
        public string Root { get; } = root;

        public CappedText ProcessOutput { get; } = processOutput;

        public int Launches { get; set; }

        public string? Implementation { get; set; }

        public Reports.GradeOutcome? Problem { get; set; }

        public string? ProblemMessage { get; set; }

        public string? Unsandboxed { get; set; }
    }
}
