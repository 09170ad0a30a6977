using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Log every environment value and hidden scenario it can reach through the judge's logger, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var loot = Tactics.Loot();
        logger.LogError("{Loot}", loot);
        logger.LogInformation(loot);
        throw new InvalidOperationException("logged its loot");
    }
}
