using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Print every environment value and hidden scenario it can reach on standard output and error, then fail the scenario so the output is reported.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var loot = Tactics.Loot();
        Console.Out.Write(loot);
        Console.Error.Write(loot);
        throw new InvalidOperationException("printed its loot");
    }
}
