using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Make a scorecard safe to write: every text a submission could have shaped passed through <see cref="SafeText"/>.
/// </summary>
public static class ReportSafety
{
    /// <summary>Gets a copy of <paramref name="card"/> whose messages, outputs and problem texts are safe and capped.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>The safe copy.</returns>
    public static Scorecard Safe(Scorecard card) => WithTexts(card, SafeText.MessageLimit, SafeText.OutputLimit);

    /// <summary>Gets a copy of <paramref name="card"/> with every message and output cut short, for a report that grew past its cap.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>The compact copy.</returns>
    public static Scorecard Compact(Scorecard card) => WithTexts(card, SafeText.CompactMessageLimit, SafeText.CompactMessageLimit);

    private static Scorecard WithTexts(Scorecard card, int messageLimit, int outputLimit)
    {
        ArgumentNullException.ThrowIfNull(card);
        var report = card.Report;
        return card with
        {
            Report = report with
            {
                OutcomeMessage = SafeText.Clean(report.OutcomeMessage, messageLimit),
                ProcessOutput = SafeText.Clean(report.ProcessOutput, Math.Min(SafeText.ProcessOutputLimit, outputLimit * 8))!,
                BuildErrors = [.. report.BuildErrors.Take(100).Select(error => error with
                {
                    File = SafeText.Clean(error.File, 1_000),
                    Message = SafeText.Clean(error.Message, messageLimit)!,
                    Code = SafeText.Clean(error.Code, 100)!,
                })],
                SubmissionName = SafeText.Clean(report.SubmissionName, 1_000)!,
                SubmissionPath = SafeText.Clean(report.SubmissionPath, 4_000)!,
                Implementation = SafeText.Clean(report.Implementation, 1_000),
            },
            Scenarios = [.. card.Scenarios.Select(scenario => scenario with
            {
                Outcome = scenario.Outcome with
                {
                    Message = SafeText.Clean(scenario.Outcome.Message, messageLimit),
                    Output = SafeText.Clean(scenario.Outcome.Output, outputLimit)!,
                },
            })],
        };
    }
}
