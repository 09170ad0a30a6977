using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write files named after its marker, holding its loot, into every shared temporary folder, the working folder and the home folder; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var loot = Tactics.Loot();
        foreach (var folder in new[] { "/tmp", "/var/tmp", "/dev/shm", Path.GetTempPath(), Environment.CurrentDirectory, Environment.GetEnvironmentVariable("HOME") ?? "/tmp" })
        {
            Tactics.Attempt(() => { File.WriteAllText(Path.Combine(folder, Tactics.Marker + ".txt"), loot); return true; });
        }
    }
}
