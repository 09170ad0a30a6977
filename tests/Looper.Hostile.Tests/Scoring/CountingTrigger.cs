using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>The in-process side of the cases' looper: the trigger only counts, so every scenario runs as the reference would.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A partial method of the shared looper; the cases' own versions use the instance.")]
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) => Looper.Hostile.Tests.TriggerCount.Hit();
}
