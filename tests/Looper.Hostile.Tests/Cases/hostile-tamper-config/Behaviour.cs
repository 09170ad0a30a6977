using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Rewrite the grading config named on an ancestor's command line with huge points, and empty its hidden pack, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        foreach (var path in Tactics.GraderPaths())
        {
            if (path.EndsWith(".json", StringComparison.Ordinal) && File.Exists(path))
            {
                Tactics.Attempt(() => { File.WriteAllText(path, "{ \"points\": { \"stage-1\": 1000 }, \"defaultPoints\": 1000 }"); return true; });
            }

            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? "/";
            foreach (var feature in Tactics.Attempt(() => Directory.GetFiles(folder, "*.feature", SearchOption.AllDirectories).Take(100).ToList()) ?? [])
            {
                Tactics.Attempt(() => { File.WriteAllText(feature, "Feature: emptied by " + Tactics.Marker + "\n"); return true; });
                Tactics.Attempt(() => { File.Delete(feature); return true; });
            }
        }

        throw new InvalidOperationException("tampered with the grading config and hidden pack");
    }
}
