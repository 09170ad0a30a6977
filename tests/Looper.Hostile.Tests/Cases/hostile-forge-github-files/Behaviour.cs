using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Append forged results to the files GitHub Actions reads (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV), found in its own or an ancestor's environment, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var environments = Tactics.Ancestors().Select(pid => Tactics.Attempt(() => File.ReadAllText($"/proc/{pid}/environ")) ?? string.Empty)
            .SelectMany(text => text.Split('\0'))
            .Concat(Environment.GetEnvironmentVariables().Keys.Cast<string>().Select(key => key + "=" + Environment.GetEnvironmentVariable(key)));
        foreach (var entry in environments.Where(entry => entry.StartsWith("GITHUB_", StringComparison.Ordinal) && entry.Contains('=', StringComparison.Ordinal)))
        {
            var path = entry[(entry.IndexOf('=', StringComparison.Ordinal) + 1)..];
            if (path.StartsWith('/'))
            {
                Tactics.Attempt(() => { File.AppendAllText(path, "points=1000/1000\n" + Tactics.Marker + " full marks\n"); return true; });
            }
        }

        throw new InvalidOperationException("forged GitHub Actions files");
    }
}
