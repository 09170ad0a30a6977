using Looper.Packaging.Tests.Commands;

namespace Looper.Packaging.Tests.Packing;

/// <summary>
/// The Looper packages, packed by tools/packaging/pack.sh into a temporary folder outside the repository, with a
/// version no earlier run used, so nothing is served stale from the machine's global packages folder.
/// </summary>
internal sealed class PackedRelease
{
    /// <summary>The packages pack.sh makes, in the order it makes them.</summary>
    public static readonly string[] PackageIds = ["Looper.Contract", "Looper.Reference", "Looper.Conformance", "Looper.Kata.Templates"];

    private PackedRelease(string workFolder, string version)
    {
        WorkFolder = workFolder;
        Version = version;
    }

    /// <summary>Gets the temporary folder that holds the packages, the learner repositories and the template store.</summary>
    public string WorkFolder { get; }

    /// <summary>Gets the packages' version, such as <c>0.0.0-rt.t3f9a0c2b41d7</c>.</summary>
    public string Version { get; }

    /// <summary>Gets the folder that holds the .nupkg files.</summary>
    public string PackageFolder => Path.Combine(WorkFolder, "packages");

    /// <summary>Gets the path of one package.</summary>
    public string PathOf(string packageId) => Path.Combine(PackageFolder, $"{packageId}.{Version}.nupkg");

    /// <summary>Gets the configuration this test run was built in, so the libraries' own builds of it can be packed.</summary>
    private static string BuiltConfiguration =>
        AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Release{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>Pack every Looper package with a fresh version into a new temporary folder.</summary>
    public static async Task<PackedRelease> PackAsync()
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var workFolder = Path.Combine(Path.GetTempPath(), $"looper-packaging-{unique}");
        if (RepositoryRoot.Contains(workFolder))
        {
            throw new InvalidOperationException(
                $"The temporary folder {workFolder} lies inside the repository, whose Directory.*.props files would leak into the learner projects. Point TMPDIR outside {RepositoryRoot.Path}.");
        }

        Directory.CreateDirectory(workFolder);
        var release = new PackedRelease(workFolder, $"0.0.0-rt.t{unique}");
        try
        {
            var pack = await ChildCommand.RunAsync(
                "bash",
                [
                    Path.Combine(RepositoryRoot.Path, "tools", "packaging", "pack.sh"),
                    "--version", release.Version,
                    "--output", release.PackageFolder,
                    "--build-dir", Path.Combine(workFolder, "build"),
                    // The libraries were built by this test run (this project references them): pack those builds
                    // rather than compiling them again in Release (a release runs pack.sh without --no-build).
                    "--no-build", BuiltConfiguration,
                ],
                RepositoryRoot.Path);
            pack.ExitCode.ShouldBe(0, pack.Describe());
            return release;
        }
        catch
        {
            Directory.Delete(workFolder, recursive: true);
            throw;
        }
    }

    /// <summary>Delete the temporary folder, and this version's folders from the global packages folder, so runs leave nothing behind.</summary>
    public async Task DeleteAsync()
    {
        var locals = await ChildCommand.RunAsync("dotnet", ["nuget", "locals", "global-packages", "--list"], WorkFolder);
        var globalPackages = locals.Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("global-packages:", StringComparison.Ordinal))
            .Select(line => line["global-packages:".Length..].Trim())
            .FirstOrDefault();
        if (locals.ExitCode == 0 && !string.IsNullOrEmpty(globalPackages))
        {
            foreach (var id in PackageIds)
            {
                var versions = Path.Combine(globalPackages, id.ToLowerInvariant());
                var cached = Path.Combine(versions, Version.ToLowerInvariant());
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }

                if (Directory.Exists(versions) && !Directory.EnumerateFileSystemEntries(versions).Any())
                {
                    Directory.Delete(versions);
                }
            }
        }

        Directory.Delete(WorkFolder, recursive: true);
    }
}
