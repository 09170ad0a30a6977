using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Overwrite, append to and add files in every looper folder its ancestors name (the grader's install, bin and work folders), then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        foreach (var folder in Tactics.GraderPaths().Where(Directory.Exists).Where(Tactics.LooksLikeLooper))
        {
            foreach (var file in Tactics.Attempt(() => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Take(500).ToList()) ?? [])
            {
                Tactics.Attempt(() => { File.AppendAllText(file, Tactics.Marker); return true; });
                if (file.EndsWith(".dll", StringComparison.Ordinal))
                {
                    Tactics.Attempt(() => { File.Copy(typeof(CaseLooperImplementation).Assembly.Location, file, overwrite: true); return true; });
                }
            }

            Tactics.Attempt(() => { File.WriteAllText(Path.Combine(folder, Tactics.Marker + ".dll"), Tactics.Marker); return true; });
        }

        throw new InvalidOperationException("tampered with the grader's install");
    }
}
