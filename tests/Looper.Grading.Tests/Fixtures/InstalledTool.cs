using System.Diagnostics;

namespace Looper.Grading.Tests.Fixtures;

/// <summary>
/// Pack tools/Looper.Cli as the .NET tool it is and install it with <c>dotnet tool install --tool-path</c>, once per test run.
/// </summary>
/// <remarks>
/// The pack reuses the Cli's build (it is a project reference of these tests, built in the same configuration), so it
/// only lays out and zips the package. Everything lives under <see cref="GradedSubmissions.Builds"/>, removed after the run.
/// </remarks>
internal static class InstalledTool
{
    private static readonly Lazy<Task<string>> Looper = new(InstallAsync);

    /// <summary>Gets the path of the installed <c>looper</c> command.</summary>
    public static Task<string> PathAsync() => Looper.Value;

    /// <summary>Run a process to its end and return its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static async Task<string> InstallAsync()
    {
        var root = Directory.CreateDirectory(Path.Combine(GradedSubmissions.Builds, "tool")).FullName;
        var packages = Path.Combine(root, "packages");
        var toolPath = Path.Combine(root, "bin");
        var pack = await RunAsync(
            "dotnet",
            ["pack", RepositoryFiles.PathOf("tools/Looper.Cli/Looper.Cli.csproj"), "--no-build", "-c", FixtureBuild.Configuration, "-o", packages, "--nologo"],
            RepositoryFiles.Root);
        pack.ExitCode.ShouldBe(0, pack.Output);
        var install = await RunAsync(
            "dotnet",
            ["tool", "install", "Looper.Tool", "--tool-path", toolPath, "--add-source", packages, "--version", "0.1.0"],
            root);
        install.ExitCode.ShouldBe(0, install.Output);
        var looper = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "looper.exe" : "looper");
        File.Exists(looper).ShouldBeTrue(install.Output);
        return looper;
    }
}
