using System.Diagnostics;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Hostile.Tests;

/// <summary>
/// One run of the grader as a process of its own, in a folder of its own: its working folder, its copy of the config and
/// the hidden pack, its reports, and the files GitHub Actions would read; its environment holds the fake secrets.
/// </summary>
/// <remarks>The folder's name never holds a case's marker, so a case finds these paths as it would find a real grader's.</remarks>
internal sealed class Grading
{
    /// <summary>How long one scenario may take; short, so hangs cost little.</summary>
    public const double ScenarioSeconds = 5;

    /// <summary>How long a whole grading may take before the grader gives up on the rest.</summary>
    public const double RunSeconds = 90;

    /// <summary>How long the test waits for the grader's process before it calls it hung.</summary>
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromMinutes(6);

    private static int _count;

    private Grading(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(GitHubFolder);
        foreach (var name in GitHubFiles)
        {
            File.WriteAllText(Path.Combine(GitHubFolder, name), string.Empty);
        }

        File.Copy(RepositoryFiles.PathOf("grading/grading.json"), ConfigPath);
        Directory.CreateDirectory(HiddenFolder);
        foreach (var feature in Directory.GetFiles(RepositoryFiles.PathOf("grading/hidden"), "*.feature"))
        {
            File.Copy(feature, Path.Combine(HiddenFolder, Path.GetFileName(feature)));
        }
    }

    /// <summary>Gets the files GitHub Actions reads after a step, each named by an environment variable of that name.</summary>
    public static IReadOnlyList<string> GitHubFiles { get; } = ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV"];

    public string Folder { get; }

    public string ConfigPath => Path.Combine(Folder, "grading.json");

    public string HiddenFolder => Path.Combine(Folder, "hidden");

    public string ReportsFolder => Path.Combine(Folder, "reports");

    public string GitHubFolder => Path.Combine(Folder, "github");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = string.Empty;

    public TimeSpan Duration { get; private set; }

    /// <summary>Make a new folder for one grading.</summary>
    public static Grading Prepare() => new(Path.Combine(HostileRun.Root, $"grading-{Interlocked.Increment(ref _count):000}"));

    /// <summary>Gets the hash of every file the grader owns: its install, its config and its hidden pack.</summary>
    public SortedDictionary<string, string> GraderFiles()
    {
        var prints = GraderInstall.Fingerprint(GraderInstall.Folder);
        prints["grading.json"] = GraderInstall.Fingerprint(Folder).GetValueOrDefault("grading.json", "missing");
        foreach (var (path, hash) in GraderInstall.Fingerprint(HiddenFolder))
        {
            prints["hidden/" + path] = hash;
        }

        return prints;
    }

    /// <summary>Run <c>looper grade</c> on <paramref name="submission"/> with <paramref name="more"/> options, to its end.</summary>
    public async Task RunAsync(string submission, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        string[] arguments =
        [
            GraderInstall.Looper, "grade", submission,
            "--reports", ReportsFolder,
            "--config", ConfigPath,
            "--hidden", HiddenFolder,
            "--scenario-timeout", ScenarioSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--timeout", RunSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. more,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what the grader needs, plus the secrets a CI job would hold: nothing of the machine's own environment leaks into a case by accident.
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT", "DOTNET_CLI_HOME", "NUGET_PACKAGES", "TMPDIR", "LANG" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "true";
        start.Environment["HIDDEN_SCENARIOS_TOKEN"] = HostileRun.HiddenToken;
        start.Environment["LOOPER_TEST_API_KEY"] = HostileRun.OtherSecret;
        foreach (var name in GitHubFiles)
        {
            start.Environment[name] = Path.Combine(GitHubFolder, name);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ProcessLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"looper grade {submission} did not end within {ProcessLimit.TotalMinutes} minutes (killed):\n{await output}\n{await error}");
        }

        Duration = clock.Elapsed;
        ExitCode = process.ExitCode;
        Output = await output + await error;
    }
}
