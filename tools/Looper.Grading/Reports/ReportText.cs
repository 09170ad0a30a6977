using System.Globalization;
using Looper.Grading.Running;
using Looper.Grading.Scoring;

namespace Looper.Grading.Reports;

/// <summary>
/// Word the parts every report shares: points, statuses, the stamp of suite and submission, and the outcome.
/// </summary>
public static class ReportText
{
    /// <summary>Write points as reports do: no trailing zeros, invariant culture.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The text, such as <c>2</c> or <c>1.5</c>.</returns>
    public static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Gets the symbol reports put before a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Passed => "✓",
        ScenarioStatus.Failed => "✗",
        ScenarioStatus.Errored => "!",
        ScenarioStatus.TimedOut => "⏱",
        ScenarioStatus.Crashed => "💥",
        _ => "–",
    };

    /// <summary>Describe the submission and the suite, which every report carries.</summary>
    /// <param name="report">The report.</param>
    /// <returns>One line, such as <c>submission 'alice' (submissions/alice) · Looper conformance suite 0.1.0</c>.</returns>
    public static string Stamp(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"submission '{report.SubmissionName}' ({report.SubmissionPath}) · Looper conformance suite {report.SuiteVersion}";
    }

    /// <summary>Say that the submission's code ran without a sandbox, and why; every report carries it when it did.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The warning, or an empty text when the grading was sandboxed.</returns>
    public static string SandboxNotice(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.UnsandboxedBecause is { } why
            ? $"UNSANDBOXED: the submission's code ran without a sandbox ({why}), so it could have reached the grader's files and processes; do not trust this grade against a hostile submission. Install bubblewrap (Debian: apt-get install -y bubblewrap), or pass --require-sandbox to refuse grading without one."
            : string.Empty;
    }

    /// <summary>Sum up the score in one sentence.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>The sentence.</returns>
    public static string Summary(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var points = $"{Points(card.Points)} of {Points(card.MaxPoints)} points";
        return card.Report.Outcome switch
        {
            GradeOutcome.Graded when card.FullMarks && card.Passed == card.Scenarios.Count => $"All {card.Scenarios.Count} scenarios passed: {points}.",
            GradeOutcome.Graded when card.FullMarks => string.Create(
                CultureInfo.InvariantCulture,
                $"Full marks: {card.Passed} of {card.Scenarios.Count} scenarios passed, and the others are worth no points: {points}."),
            GradeOutcome.Graded => string.Create(CultureInfo.InvariantCulture, $"{card.Passed} of {card.Scenarios.Count} scenarios passed: {points}."),
            _ => $"Not graded: {OutcomeWords(card.Report.Outcome)}. {points}.",
        };
    }

    /// <summary>Say in words why a submission was not graded.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The words.</returns>
    public static string OutcomeWords(GradeOutcome outcome) => outcome switch
    {
        GradeOutcome.Graded => "graded",
        GradeOutcome.DoesNotBuild => "the submission does not compile",
        GradeOutcome.NoImplementation => "the submission has no implementation of ILooperImplementation",
        GradeOutcome.SeveralImplementations => "the submission has more than one implementation of ILooperImplementation",
        _ => "the submission could not be loaded",
    };

    /// <summary>Gets the code of an outcome for machine-read reports, such as <c>does-not-build</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The code.</returns>
    public static string OutcomeCode(GradeOutcome outcome) => outcome switch
    {
        GradeOutcome.Graded => "graded",
        GradeOutcome.DoesNotBuild => "does-not-build",
        GradeOutcome.NoImplementation => "no-implementation",
        GradeOutcome.SeveralImplementations => "several-implementations",
        _ => "does-not-load",
    };

    /// <summary>Describe why the submission was not graded, with the build's errors when it did not compile.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, or an empty one for a graded submission.</returns>
    public static string Problem(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Outcome == GradeOutcome.Graded)
        {
            return string.Empty;
        }

        var lines = new List<string> { report.OutcomeMessage ?? OutcomeWords(report.Outcome) };
        lines.AddRange(report.BuildErrors.Select(error => error.ToString()));
        return string.Join('\n', lines);
    }

    /// <summary>Describe a scenario's outcome for a learner: status, message, and what the submission printed.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The text.</returns>
    public static string Details(ScoredScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var outcome = scenario.Outcome;
        var text = outcome.Message is { Length: > 0 } message ? $"{outcome.Status.Words()}: {message}" : outcome.Status.Words();
        if (outcome.Output.Length > 0)
        {
            text += $"\n\nOutput{(outcome.OutputTruncated ? " (truncated)" : string.Empty)}:\n{outcome.Output.TrimEnd()}";
        }

        return text;
    }

    /// <summary>Gets the first line of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its first line.</returns>
    public static string FirstLine(string? text)
    {
        var value = text ?? string.Empty;
        var end = value.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? value : value[..end]).TrimEnd();
    }

    /// <summary>Gets the name of the hidden scenario at <paramref name="index"/>, as learner-facing reports show it instead of its real name.</summary>
    /// <param name="index">Its position among the hidden scenarios, from 1.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The name, such as <c>hidden scenario 2 (stage-3)</c>.</returns>
    public static string HiddenName(int index, ScoredScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return string.Create(CultureInfo.InvariantCulture, $"hidden scenario {index} ({scenario.Scenario.StageTag})");
    }
}
