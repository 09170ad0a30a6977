using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Hand back a coroutine whose constructor never returns.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => replaced = new StuckWait();

    private sealed class StuckWait : IEnumerator<Future>
    {
        public StuckWait() => Thread.Sleep(Timeout.Infinite);

        public Future Current => default;

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => false;

        public void Reset()
        {
        }

        public void Dispose()
        {
        }
    }
}
