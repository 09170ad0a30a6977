using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Start a detached process in a session of its own (<c>setsid</c>, output closed, hang-ups and terminations ignored) that outlives its parent; the looper itself stays correct.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced) =>
        Tactics.Shell("setsid sh -c 'trap \"\" HUP TERM; while true; do sleep 1; done' </dev/null >/dev/null 2>&1 &");
}
