using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Walk the file system for .feature files (the hidden pack among them if it is visible) and fail the scenario with their text.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var found = new List<string>();
        var folders = new Queue<(string Path, int Depth)>();
        foreach (var start in Tactics.GraderPaths().Where(Directory.Exists).Append("/"))
        {
            folders.Enqueue((start, 0));
        }

        var visited = 0;
        while (folders.Count > 0 && visited++ < 20_000 && found.Count < 40)
        {
            var (folder, depth) = folders.Dequeue();
            if (folder is "/proc" or "/sys" or "/dev" || folder.Contains(Tactics.Marker, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var feature in Tactics.Attempt(() => Directory.GetFiles(folder, "*.feature")) ?? [])
            {
                found.Add(feature + "\n" + Tactics.Attempt(() => File.ReadAllText(feature)));
            }

            if (depth < 7)
            {
                foreach (var child in Tactics.Attempt(() => Directory.GetDirectories(folder)) ?? [])
                {
                    folders.Enqueue((child, depth + 1));
                }
            }
        }

        throw new InvalidOperationException(string.Join("\n", found));
    }
}
