using Looper.Testing;

namespace Looper.Grading.Tests.Fixtures;

/// <summary>
/// Build Submissions/Submissions.sln once per test run: every fixture submission that compiles, and the agreement test's NUnit
/// project with its loopers, in one <c>dotnet build</c> in the tests' own configuration.
/// </summary>
/// <remarks>
/// Tests that are about grading hand the grader these built assemblies, so a submission is compiled once, with the contract and
/// the reference it references, instead of once per grading in the sandbox. Tests that are about building (a submission that does
/// not compile, a read-only folder, the kata's starter, the integrations' scripts) still grade projects.
/// </remarks>
internal static class FixtureBuild
{
    private static readonly Lazy<Task> Built = new(BuildAsync);

    /// <summary>Gets the configuration the tests were built in (Debug or Release), which everything these tests build or pack uses too.</summary>
    public static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    private static string Solution => Path.Combine(GradedSubmissions.SubmissionsFolder, "Submissions.sln");

    /// <summary>Gets the built assembly of the one project in <paramref name="folder"/>, building every fixture first if needed.</summary>
    /// <param name="folder">The project's folder under Submissions.</param>
    /// <returns>The path of its .dll.</returns>
    public static async Task<string> AssemblyAsync(string folder)
    {
        await Built.Value;
        var project = Directory.GetFiles(folder, "*.csproj").ShouldHaveSingleItem($"{folder} should hold one project");
        var assembly = Path.Combine(folder, "bin", Configuration, "net10.0", Path.GetFileNameWithoutExtension(project) + ".dll");
        File.Exists(assembly).ShouldBeTrue($"building {Solution} should have built {assembly}; is {project} in that solution?");
        return assembly;
    }

    private static async Task BuildAsync()
    {
        // Eighteen small projects: the compiler server compiles them in a third of the time (see CompilerServer).
        var build = await InstalledTool.RunAsync("dotnet", ["build", Solution, "-c", Configuration, "--nologo", CompilerServer.OnArgument], GradedSubmissions.Builds);
        build.ExitCode.ShouldBe(0, $"dotnet build {Solution} should build every fixture submission and the agreement test's loopers: {build.Output}");
    }
}
