#:property RestorePackagesWithLockFile=false
// List every package a restore used, as "id version" lines, from the project.assets.json files NuGet wrote.
//   dotnet run tools/offline/RestoredPackages.cs -- path/to/obj/project.assets.json [more...]
// prepare-room.sh uses it to know which .nupkg files of the global packages folder the room's feed needs.
// The property above keeps this script from writing a packages.lock.json beside itself when lock files are on.
using System.Text.Json;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run tools/offline/RestoredPackages.cs -- path/to/obj/project.assets.json [more...]");
    return 2;
}

var packages = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
foreach (var file in args)
{
    if (!File.Exists(file))
    {
        Console.Error.WriteLine($"{file} does not exist: restore its project first (dotnet restore).");
        return 1;
    }

    using var assets = JsonDocument.Parse(File.ReadAllBytes(file));
    foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
    {
        // Keys are "Id/Version"; projects referenced by path are libraries too, of type "project".
        if (library.Value.GetProperty("type").GetString() == "package")
        {
            packages.Add(library.Name.Replace('/', ' '));
        }
    }

    // Packages fetched without being referenced (PackageDownload), such as targeting packs the SDK lacks.
    foreach (var framework in assets.RootElement.GetProperty("project").GetProperty("frameworks").EnumerateObject())
    {
        if (framework.Value.TryGetProperty("downloadDependencies", out var downloads))
        {
            foreach (var download in downloads.EnumerateArray())
            {
                var version = download.GetProperty("version").GetString() ?? string.Empty;
                packages.Add($"{download.GetProperty("name").GetString()} {version.Trim('[', ']', ' ').Split(',')[0].Trim()}");
            }
        }
    }
}

foreach (var package in packages)
{
    Console.WriteLine(package);
}

return 0;
