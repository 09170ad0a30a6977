using System.Text;
using CliWrap;
using Looper.Grading.Configuration;
using Looper.Grading.Hosting;
using Looper.Sandbox;

namespace Looper.Grading.Submissions;

/// <summary>
/// Build a submission's project with <c>dotnet build</c> in a scratch copy and report its assembly, or its errors with relative paths.
/// </summary>
/// <remarks><para>
/// The build runs on a copy of the submission's folder (see <see cref="ScratchCopy"/>), so a read-only folder builds and
/// the submission's own <c>bin</c> and <c>obj</c> play no part. Warnings never fail it: warnings-as-errors settings are
/// overridden. The assembly's path is written by MSBuild to a file of its own (<c>-getResultOutputFile</c>), never read
/// from the build's console output, which the submission's warnings and messages share.
/// </para><para>
/// A sandboxed build writes every project's output, the referenced projects' (the contract) too, under its own scratch
/// folder, so sandboxed builds run side by side, as many as the machine has cores. Unsandboxed builds run one at a time
/// in a process: submissions often reference the same projects, and two builds writing the same <c>obj</c> folder at
/// once fail at random.
/// </para><para>
/// With a <see cref="GradingHost"/> and a working sandbox, the build runs in it: a target or
/// task of the submission's project runs as nobody, with no network, its copy and the build's output the only writable
/// places, the NuGet cache read-only (restore is offline), the grader's install, config and hidden pack hidden; and
/// nothing it started outlives the build.
/// </para>
/// </remarks>
/// <param name="timeProvider">The clock the build's time limit runs on.</param>
/// <param name="host">The grading's sandbox settings; <see langword="null"/> builds unsandboxed (tests of the build itself).</param>
public sealed class SubmissionBuilder(TimeProvider timeProvider, GradingHost? host = null)
{
    private static readonly SemaphoreSlim OneUnsandboxedBuildAtATime = new(1, 1);

    private static readonly SemaphoreSlim SandboxedBuilds = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Build <paramref name="submission"/>, or return its assembly when it needs no build.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="config">Gives the build's time limit.</param>
    /// <param name="workDirectory">A folder the grader owns for the scratch copy, the build's output and its log; the built assembly lives there.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <returns>The result.</returns>
    public async Task<BuildResult> BuildAsync(Submission submission, GradingConfig config, string workDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(config);
        if (submission.Kind != SubmissionKind.Project)
        {
            return BuildResult.Built(submission.Path);
        }

        var unsandboxed = host is null ? "the build was asked to run without a sandbox"
            : host.Unsandboxed ? "the grader was asked to run without a sandbox"
            : GradingHost.WhySandboxUnavailable;
        if (unsandboxed is not null && host is { RequireSandbox: true, Unsandboxed: false })
        {
            throw new SandboxUnavailableException(unsandboxed);
        }

        var gate = unsandboxed is null ? SandboxedBuilds : OneUnsandboxedBuildAtATime;
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunBuildAsync(submission, config, workDirectory, unsandboxed, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<BuildResult> RunBuildAsync(Submission submission, GradingConfig config, string workDirectory, string? unsandboxed, CancellationToken cancellationToken)
    {
        var scratch = unsandboxed is null ? ScratchFolder.Create() : null;
        try
        {
            var result = await BuildInAsync(submission, config, scratch?.Path ?? workDirectory, scratch, cancellationToken);
            if (!result.Succeeded)
            {
                scratch?.Dispose();
            }

            // A built assembly lives in the scratch folder: the result owns it until the grading ends.
            return result with { UnsandboxedBecause = unsandboxed, Workspace = result.Succeeded ? scratch : null };
        }
        catch
        {
            scratch?.Dispose();
            throw;
        }
    }

    private async Task<BuildResult> BuildInAsync(Submission submission, GradingConfig config, string workDirectory, ScratchFolder? sandbox, CancellationToken cancellationToken)
    {
        var log = Path.Combine(workDirectory, "build.log");
        var targetPathFile = Path.Combine(workDirectory, "target-path.txt");
        var (project, root) = ScratchCopy.Make(submission, workDirectory);
        List<string> arguments =
        [
            "build", project,
            "-t:Build", "-getProperty:TargetPath", $"-getResultOutputFile:{targetPathFile}",
            "-nologo", "-nodeReuse:false",
            "-p:TreatWarningsAsErrors=false", "-p:MSBuildTreatWarningsAsErrors=false", "-p:CodeAnalysisTreatWarningsAsErrors=false",
            "-p:WarningsAsErrors=", "-p:MSBuildWarningsAsErrors=",
            $"-flp:LogFile={log};Verbosity=quiet",
        ];
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        var command = new CommandLine(DotnetHost.Path, arguments) { WorkingDirectory = root, Environment = environment };
        if (sandbox is not null)
        {
            command = Sandboxed(command, arguments, environment, sandbox, config, ScratchCopy.OutsideFolders(root));
        }

        var output = new StringBuilder();
        using var limit = new CancellationTokenSource(config.BuildTimeout, timeProvider);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        CommandResult result;
        try
        {
            var build = Cli.Wrap(command.FileName)
                .WithArguments(command.Arguments)
                .WithWorkingDirectory(command.WorkingDirectory ?? root)
                .WithEnvironmentVariables(command.Environment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value))
                .WithValidation(CommandResultValidation.None)
                .WithStandardOutputPipe(PipeTarget.ToStringBuilder(output))
                .WithStandardErrorPipe(PipeTarget.ToStringBuilder(output));

            // A sandbox dies with the thread that started it, so it gets a thread of its own.
            result = await ParentThread.Run(async () => await build.ExecuteAsync(stop.Token));
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new BuildResult(null, [], $"The build did not finish within {config.BuildTimeout.TotalSeconds:0} s.");
        }

        var errors = File.Exists(log) ? BuildDiagnostic.ParseLog(await File.ReadAllTextAsync(log, cancellationToken), root) : [];
        var assembly = File.Exists(targetPathFile) ? (await File.ReadAllTextAsync(targetPathFile, cancellationToken)).Trim() : string.Empty;
        if (result.ExitCode == 0 && File.Exists(assembly))
        {
            return BuildResult.Built(assembly) with { BuiltRoot = root };
        }

        var summary = errors.Count > 0 ? $"The submission does not compile: {errors.Count} error(s)."
            : result.ExitCode == 0 ? $"dotnet build succeeded but reported no single assembly ('{assembly}'); give the project one TargetFramework."
            : $"dotnet build failed (exit code {result.ExitCode}): {BuildDiagnostic.MakeRelative(output.ToString().Trim(), root)}";
        return new BuildResult(null, errors, summary);
    }

    /// <summary>Wrap the build in the sandbox: offline restore from the read-only NuGet cache, every project's output under the scratch folder.</summary>
    private CommandLine Sandboxed(CommandLine command, List<string> arguments, Dictionary<string, string> environment, ScratchFolder scratch, GradingConfig config, IReadOnlyList<string> referenced)
    {
        // Projects the submission references outside its folder (the contract) build their output here too, not in their own read-only folders.
        // Restore is offline: the only source is the grader's NuGet cache (a folder feed), so a missing package is a clear error, not a hang.
        var packages = NuGetPackages();
        // One MSBuild node, and a compiler server of the build's own (whatever the environment says): it starts inside the
        // sandbox, compiles the contract and the submission in one warm process instead of two cold ones, a quarter less
        // CPU time, and dies with the sandbox like anything else the build started.
        arguments.AddRange(["-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(scratch.Path, "artifacts")}", $"-p:RestoreSources={packages}", "-m:1", "-p:UseSharedCompilation=true"]);
        environment["NUGET_PACKAGES"] = packages;
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_HOME"] = scratch.Path;
        environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        environment["DOTNET_ADD_GLOBAL_TOOLS_TO_PATH"] = "false";
        scratch.GiveToSandbox(scratch.Path);
        var dotnet = Path.GetDirectoryName(new FileInfo(DotnetHost.Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? DotnetHost.Path)!;
        var hidden = HostLauncher.HiddenPaths(host!, config, config.HiddenDirectory).ToList();
        var policy = new SandboxPolicy(scratch)
        {
            HiddenPaths = hidden,
            // What the submission references outside its folder (the contract's project, a hint path) is shown read-only, never the grader's own files.
            ReadOnlyPaths = [.. new[] { packages, dotnet }.Where(Directory.Exists).Concat(ShowableReferences(referenced, hidden)).Distinct(StringComparer.Ordinal)],
            Environment = environment,
            CpuSeconds = (int)Math.Clamp(config.BuildTimeout.TotalSeconds * 2, 60, int.MaxValue),

            // MSBuild and the compiler are .NET processes with large heaps; the build's own time limit bounds it.
            HeapBytes = 4L << 30,
            MaxFileBytes = 256L << 20,
        };
        return Bubblewrap.Wrap(command with { Environment = new Dictionary<string, string>() }, policy);
    }

    /// <summary>Keep the referenced paths a sandboxed build may see: none inside the grader's hidden files or holding them, though home folders may hold a repository.</summary>
    /// <param name="referenced">What the submission's MSBuild files point at outside its folder.</param>
    /// <param name="hidden">What the sandbox hides.</param>
    /// <returns>The paths that give nothing hidden away.</returns>
    internal static IEnumerable<string> ShowableReferences(IEnumerable<string> referenced, IReadOnlyCollection<string> hidden)
    {
        var secrets = hidden.Select(Path.TrimEndingDirectorySeparator).Where(path => !SandboxPolicy.HomeFolders.Contains(path, StringComparer.Ordinal)).ToList();
        return referenced.Where(path => !secrets.Any(secret => Within(path, secret) || Within(secret, path)));

        static bool Within(string path, string folder) =>
            path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string NuGetPackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
