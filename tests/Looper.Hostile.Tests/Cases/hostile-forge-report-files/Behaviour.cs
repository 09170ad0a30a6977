using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Write full-marks reports into every report folder it can name (an ancestor's --reports, grading-reports) and the grader's paths, then fail the scenario.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        foreach (var folder in Tactics.ReportFolders().Concat(Tactics.GraderPaths().Where(Directory.Exists)))
        {
            Tactics.ForgeReportsIn(folder);
        }

        throw new InvalidOperationException("forged report files");
    }
}
