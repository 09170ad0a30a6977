namespace Looper.Grading.Tests.Fixtures;

/// <summary>
/// Write a correct submission (the "warning" fixture: the reference plus one compiler warning) as a learner would hand it
/// in: a folder of its own outside the repository, its references to the contract and the reference being built
/// assemblies rather than the repository's projects, so grading it in another process builds nothing of the repository.
/// The assemblies are copies in a folder beside it, as a learner's would be: the grader's own folder is hidden from builds.
/// </summary>
internal static class StandaloneSubmission
{
    private static readonly string[] Assemblies = ["Looper.Contract", "Looper.Reference", "Microsoft.Extensions.Logging.Abstractions"];

    /// <summary>Write the submission into <paramref name="folder"/>, which is created.</summary>
    /// <param name="folder">The submission's folder.</param>
    /// <returns>The folder.</returns>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var libraries = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder))!, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + "-libraries");
        Directory.CreateDirectory(libraries);
        foreach (var name in Assemblies)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, name + ".dll"), Path.Combine(libraries, name + ".dll"), overwrite: true);
        }

        var references = string.Concat(Assemblies.Select(name =>
            $"    <Reference Include=\"{name}\"><HintPath>{Path.Combine(libraries, name + ".dll")}</HintPath></Reference>\n"));
        File.WriteAllText(Path.Combine(folder, "Solution.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
            {references}  </ItemGroup>
            </Project>
            """);
        var source = Path.Combine(GradedSubmissions.SubmissionsFolder, GradedSubmissions.Warning, "WarningLooperImplementation.cs");
        File.Copy(source, Path.Combine(folder, "WarningLooperImplementation.cs"));
        return folder;
    }

    /// <summary>Make every file of <paramref name="folder"/> and the folder itself read-only.</summary>
    /// <param name="folder">The folder.</param>
    public static void MakeReadOnly(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.ReadOnly);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }
    }

    /// <summary>List every file and folder of <paramref name="folder"/> with its size and time, to show nothing changed.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The listing.</returns>
    public static List<string> Listing(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(entry => $"{Path.GetRelativePath(folder, entry)} {(File.Exists(entry) ? new FileInfo(entry).Length : -1)} {File.GetLastWriteTimeUtc(entry):O}")
            .Order(StringComparer.Ordinal)];
}
