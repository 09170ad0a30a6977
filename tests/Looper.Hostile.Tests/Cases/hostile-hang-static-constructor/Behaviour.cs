using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Touch a type whose static constructor never returns.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => replaced = Frozen.Wait;

    private static class Frozen
    {
        public static readonly IEnumerator<Future>? Wait = Block();

        private static IEnumerator<Future>? Block()
        {
            Thread.Sleep(Timeout.Infinite);
            return null;
        }
    }
}
