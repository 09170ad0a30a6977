using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Start 200 <c>sleep 600</c> processes and leave them running; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) =>
        Tactics.Shell("i=0; while [ $i -lt 200 ]; do sleep 600 & i=$((i+1)); done");
}
