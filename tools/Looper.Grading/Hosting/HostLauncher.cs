using Looper.Grading.Configuration;
using Looper.Grading.Reports;
using Looper.Grading.Running;
using Looper.Remote;
using Looper.Sandbox;

namespace Looper.Grading.Hosting;

/// <summary>
/// Start hosts for one submission's grading, in the sandbox: one scratch folder for all of them, the grader's install, its
/// config, the hidden pack and the reports hidden, the host and the submission shown read-only.
/// </summary>
internal sealed class HostLauncher : IDisposable
{
    private readonly GradingHost _host;
    private readonly GradingConfig _config;
    private readonly ScratchFolder? _scratch;
    private readonly SandboxPolicy? _policy;
    private DirectoryInfo? _stage;

    /// <summary>Initializes a new instance of the <see cref="HostLauncher"/> class.</summary>
    /// <param name="host">How to start the host.</param>
    /// <param name="config">Gives the output caps and where the config file is.</param>
    /// <param name="hiddenDirectory">The hidden pack's folder, if any.</param>
    /// <exception cref="SandboxUnavailableException">The sandbox is required and cannot be had.</exception>
    public HostLauncher(GradingHost host, GradingConfig config, string? hiddenDirectory)
    {
        _host = host;
        _config = config;
        if (host.Unsandboxed)
        {
            UnsandboxedBecause = "the grader was asked to run without a sandbox";
            return;
        }

        if (Bubblewrap.WhyUnavailable is { } why)
        {
            UnsandboxedBecause = host.RequireSandbox ? throw new SandboxUnavailableException(why) : why;
            return;
        }

        _scratch = ScratchFolder.Create();
        _policy = new SandboxPolicy(_scratch)
        {
            HiddenPaths = [.. HiddenPaths(host, config, hiddenDirectory)],
            CpuSeconds = (int)Math.Clamp(config.RunTimeout.TotalSeconds * 2, 30, int.MaxValue),
        };
    }

    /// <summary>Gets why the hosts run without a sandbox, or null when they run in one.</summary>
    public string? UnsandboxedBecause { get; }

    /// <summary>Start a host on the submission and wait for its hello.</summary>
    /// <param name="submission">The submission's path, as the host command takes it.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The host, or why the submission cannot be served.</returns>
    public async Task<Started> StartAsync(string submission, CancellationToken cancellationToken)
    {
        var command = _host.Command(Stage(submission));
        var limit = _config.ProcessOutputLimit + _config.ScenarioOutputLimit;
        var starting = Task.Run(() => HostProcess.Start(command, _policy, requireSandbox: true, outputLimit: limit, helloTimeout: RemoteSuiteRun.StartupTimeout), CancellationToken.None);
        var timeout = Task.Delay(RemoteSuiteRun.StartupTimeout + RemoteSuiteRun.StartupTimeout, cancellationToken);
        if (await Task.WhenAny(starting, timeout) != starting)
        {
            // Whatever it ends up doing, it is not wanted any more.
            _ = starting.ContinueWith(task => task.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            cancellationToken.ThrowIfCancellationRequested();
            return new Started(null, GradeOutcome.DoesNotLoad, $"the host did not load the submission within {RemoteSuiteRun.StartupTimeout.TotalSeconds:0} s.");
        }

        try
        {
            return new Started(await starting, null, null);
        }
        catch (HostStartException failure)
        {
            return failure.ExitCode switch
            {
                5 => new Started(null, GradeOutcome.NoImplementation, failure.ErrorOutput),
                6 => new Started(null, GradeOutcome.SeveralImplementations, failure.ErrorOutput),
                3 => new Started(null, GradeOutcome.DoesNotLoad, failure.ErrorOutput),
                null => new Started(null, GradeOutcome.DoesNotLoad, $"{failure.Message}. {failure.ErrorOutput}".TrimEnd()),
                _ => new Started(null, GradeOutcome.DoesNotLoad, $"the host stopped before it could load the submission ({ExitDescription.Of(failure.ExitCode)}). {failure.ErrorOutput}".TrimEnd()),
            };
        }
    }

    /// <summary>Gets the folder the submission was copied to for the sandbox, or null.</summary>
    public string? StageFolder => _stage?.FullName;

    /// <inheritdoc/>
    public void Dispose()
    {
        _scratch?.Dispose();
        try
        {
            _stage?.Delete(recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temporary-file cleanup.
        }
    }

    /// <summary>Copy the submission's folder, once, to a folder the sandbox's unprivileged user can read (the grader's work folders are private to it).</summary>
    private string Stage(string submission)
    {
        if (_policy is null)
        {
            return submission;
        }

        var full = Path.GetFullPath(submission);
        var source = Path.GetDirectoryName(full)!;
        if (_stage is null)
        {
            _stage = Directory.CreateTempSubdirectory("looper-submission-");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_stage.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_stage.FullName, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return Path.Combine(_stage.FullName, Path.GetFileName(full));
    }

    /// <summary>Gets the folders a sandbox of this grading hides: home folders, the grader's install, the hidden pack, the config's folder and the host's extra ones.</summary>
    /// <param name="host">The grading's host settings.</param>
    /// <param name="config">The config.</param>
    /// <param name="hiddenDirectory">The hidden pack's folder, if any.</param>
    /// <returns>Full paths.</returns>
    internal static IEnumerable<string> HiddenPaths(GradingHost host, GradingConfig config, string? hiddenDirectory)
    {
        string?[] paths =
        [
            .. SandboxPolicy.HomeFolders, AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar),
            hiddenDirectory, config.HiddenDirectory, config.SourcePath is { } source ? Path.GetDirectoryName(source) : null,
        ];
        return paths.OfType<string>().Concat(host.HiddenPaths).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal);
    }

    /// <summary>A started host, or why none could be.</summary>
    /// <param name="Host">The host, or null.</param>
    /// <param name="Problem">The outcome that stops grading, when there is no host.</param>
    /// <param name="ProblemMessage">Why, in the host's words.</param>
    internal sealed record Started(HostProcess? Host, GradeOutcome? Problem, string? ProblemMessage);
}
