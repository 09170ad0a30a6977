using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Leave a detached process that rewrites the reports with full marks a few seconds after grading, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var targets = string.Join(' ', Tactics.ReportFolders().Append(Environment.CurrentDirectory).Select(folder => "\"" + folder + "\""));
        var script = $$"""setsid sh -c 'sleep 4; for d in {{targets}}; do mkdir -p "$d"; for f in "$d"/*; do echo "{\"score\":1000}" > "$f"; done; echo "{\"score\":1000}" > "$d/results.json"; done' </dev/null >/dev/null 2>&1 &""";
        Tactics.Shell(script);
        throw new InvalidOperationException("left a report rewriter behind");
    }
}
