using Looper.Packaging.Tests.Packing;

namespace Looper.Packaging.Tests.Commands;

/// <summary>
/// A solution in a temporary folder with the repository's Directory.Solution.targets and Directory.Build.targets, and
/// one project per (name, project file text) pair, each in its own folder: for running the solution's VSTest target
/// on projects that do nothing but say they ran.
/// </summary>
internal sealed class SampleSolution : IDisposable
{
    private const string CSharpProjectType = "FAE04EC0-301F-11D3-BF4B-00C04F79EFBC";

    private readonly string _folder = Directory.CreateTempSubdirectory("looper-solution-").FullName;

    public SampleSolution(params (string Name, string ProjectText)[] projects)
    {
        foreach (var file in (string[])["Directory.Solution.targets", "Directory.Build.targets"])
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(_folder, file));
        }

        var ids = projects.Select(project => (project.Name, Id: Guid.NewGuid().ToString("B").ToUpperInvariant())).ToList();
        foreach (var (name, text) in projects)
        {
            Directory.CreateDirectory(Path.Combine(_folder, name));
            File.WriteAllText(Path.Combine(_folder, name, $"{name}.csproj"), text);
        }

        var entries = string.Concat(ids.Select(project =>
            $"Project(\"{{{CSharpProjectType}}}\") = \"{project.Name}\", \"{project.Name}\\{project.Name}.csproj\", \"{project.Id}\"\nEndProject\n"));
        var configurations = string.Concat(ids.Select(project =>
            $"\t\t{project.Id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{project.Id}.Debug|Any CPU.Build.0 = Debug|Any CPU\n"));
        File.WriteAllText(Path.Combine(_folder, "Sample.sln"), $"""

            Microsoft Visual Studio Solution File, Format Version 12.00
            # Visual Studio Version 17
            {entries}Global
            	GlobalSection(SolutionConfigurationPlatforms) = preSolution
            		Debug|Any CPU = Debug|Any CPU
            	EndGlobalSection
            	GlobalSection(ProjectConfigurationPlatforms) = postSolution
            {configurations}	EndGlobalSection
            EndGlobal

            """);
    }

    /// <summary>Run the solution's VSTest target, as <c>dotnet test</c> of a solution does, with the results folder inside the sample.</summary>
    public Task<CommandResult> TestAsync() => ChildCommand.RunAsync(
        "dotnet",
        ["msbuild", "Sample.sln", "-t:VSTest", $"-p:LooperTestResultsFolder={Path.Combine(_folder, "results")}/", "-nologo"],
        _folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
