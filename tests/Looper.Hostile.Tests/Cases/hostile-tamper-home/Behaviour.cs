using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Plant startup files in the home folder and the .NET and NuGet settings of its own and its ancestors' environment, which later tools would run or read.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var homes = Tactics.Ancestors().Select(pid => Tactics.Attempt(() => File.ReadAllText($"/proc/{pid}/environ")) ?? string.Empty)
            .SelectMany(text => text.Split('\0'))
            .Where(entry => entry.StartsWith("HOME=", StringComparison.Ordinal))
            .Select(entry => entry[5..])
            .Append(Environment.GetEnvironmentVariable("HOME") ?? string.Empty)
            .Where(home => home.StartsWith('/'))
            .Distinct();
        foreach (var home in homes)
        {
            foreach (var name in new[] { ".bashrc", ".profile", ".nuget/" + Tactics.Marker, ".dotnet/" + Tactics.Marker })
            {
                Tactics.Attempt(() => { Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(home, name))!); File.AppendAllText(Path.Combine(home, name), "\n# " + Tactics.Marker + "\n"); return true; });
            }
        }
    }
}
