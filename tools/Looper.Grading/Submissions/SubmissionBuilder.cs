using System.Text;
using CliWrap;
using Looper.Grading.Configuration;

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
/// Builds run one at a time in a process: submissions often reference the same projects (the contract), and two
/// builds writing the same <c>obj</c> folder at once fail at random.
/// </para></remarks>
/// <param name="timeProvider">The clock the build's time limit runs on.</param>
public sealed class SubmissionBuilder(TimeProvider timeProvider)
{
    private static readonly SemaphoreSlim OneBuildAtATime = new(1, 1);

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

        await OneBuildAtATime.WaitAsync(cancellationToken);
        try
        {
            return await RunBuildAsync(submission, config, workDirectory, cancellationToken);
        }
        finally
        {
            OneBuildAtATime.Release();
        }
    }

    private async Task<BuildResult> RunBuildAsync(Submission submission, GradingConfig config, string workDirectory, CancellationToken cancellationToken)
    {
        var log = Path.Combine(workDirectory, "build.log");
        var targetPathFile = Path.Combine(workDirectory, "target-path.txt");
        var (project, root) = ScratchCopy.Make(submission, workDirectory);
        var output = new StringBuilder();
        using var limit = new CancellationTokenSource(config.BuildTimeout, timeProvider);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        CommandResult result;
        try
        {
            result = await Cli.Wrap(DotnetHost.Path)
                .WithArguments(
                [
                    "build", project,
                    "-t:Build", "-getProperty:TargetPath", $"-getResultOutputFile:{targetPathFile}",
                    "-nologo", "-nodeReuse:false",
                    "-p:TreatWarningsAsErrors=false", "-p:MSBuildTreatWarningsAsErrors=false", "-p:CodeAnalysisTreatWarningsAsErrors=false",
                    "-p:WarningsAsErrors=", "-p:MSBuildWarningsAsErrors=",
                    $"-flp:LogFile={log};Verbosity=quiet",
                ])
                .WithWorkingDirectory(root)
                .WithEnvironmentVariables(environment => environment
                    .Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
                    .Set("DOTNET_NOLOGO", "1")
                    .Set("MSBUILDDISABLENODEREUSE", "1"))
                .WithValidation(CommandResultValidation.None)
                .WithStandardOutputPipe(PipeTarget.ToStringBuilder(output))
                .WithStandardErrorPipe(PipeTarget.ToStringBuilder(output))
                .ExecuteAsync(stop.Token);
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
}
