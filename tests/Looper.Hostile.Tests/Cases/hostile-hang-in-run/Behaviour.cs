using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Hand back a coroutine whose first step spins forever without calling anything.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => replaced = Spin();

    private static IEnumerator<Future> Spin()
    {
        var turns = 0L;
        while (turns >= 0)
        {
            turns = (turns + 1) % long.MaxValue;
        }

        yield break;
    }
}
