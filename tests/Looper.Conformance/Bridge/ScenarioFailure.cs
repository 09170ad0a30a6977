using System.Text;
using NUnit.Framework;

namespace Looper.Conformance.Bridge;

/// <summary>
/// Report a failed scenario to NUnit on one screen: the message once, without exception type names, and a stack
/// trace of the implementation's own frames only.
/// </summary>
/// <remarks>
/// Deriving from <see cref="AssertionException"/> makes NUnit show the message as it is and the test as failed,
/// not errored. The scenario ID leads the message unless the test name already shows it. The trace keeps the first
/// run of frames outside the suite, Reqnroll, NUnit and the runtime's async plumbing: where the learner's code was
/// when it threw or was stopped, at most <see cref="MaxFrames"/> frames.
/// </remarks>
internal sealed class ScenarioFailure : AssertionException
{
    /// <summary>The most frames a failure shows.</summary>
    internal const int MaxFrames = 6;

    private static readonly string[] SuiteFrames =
    [
        "at Looper.Conformance.", "at Reqnroll.", "at NUnit.", "at System.Runtime.CompilerServices.",
        "at System.Runtime.ExceptionServices.", "at System.Threading.", "--- End of",
    ];

    private readonly string _trace;

    private ScenarioFailure(string message, string trace)
        : base(message) => _trace = trace;

    /// <inheritdoc />
    public override string? StackTrace => _trace;

    /// <summary>Word what made <paramref name="scenario"/> fail.</summary>
    /// <param name="scenario">The scenario that failed.</param>
    /// <param name="testName">The name the test runner shows for it.</param>
    /// <param name="exception">What the scenario threw.</param>
    /// <returns>The failure to throw in its place.</returns>
    public static ScenarioFailure For(ScenarioCase scenario, string testName, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(testName);
        var lead = testName.Contains(scenario.Id, StringComparison.Ordinal) ? string.Empty : $"{scenario.Id}: ";
        var message = exception switch
        {
            Drivers.ImplementationFailedException or Shouldly.ShouldAssertException => exception.Message,
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        var origin = exception is Drivers.ImplementationFailedException { InnerException: { } inner } ? inner : exception;
        return new ScenarioFailure(lead + message, LearnerFrames(origin.StackTrace));
    }

    /// <summary>Keep the first run of frames that are not the suite's, at most <see cref="MaxFrames"/>.</summary>
    /// <param name="stackTrace">A stack trace, or <see langword="null"/>.</param>
    /// <returns>The frames, one per line, or an empty string.</returns>
    internal static string LearnerFrames(string? stackTrace)
    {
        var frames = new List<string>();
        foreach (var line in (stackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SkipWhile(IsSuiteFrame)
            .TakeWhile(line => !IsSuiteFrame(line)))
        {
            // A frame rethrown from another thread can appear twice in a row; show it once.
            if (frames.Count == 0 || frames[^1] != line)
            {
                frames.Add(line);
            }
        }

        var text = new StringBuilder();
        foreach (var frame in frames.Take(MaxFrames))
        {
            text.Append("   ").AppendLine(frame);
        }

        if (frames.Count > MaxFrames)
        {
            text.Append("   ... ").Append(frames.Count - MaxFrames).AppendLine(" more frames of the implementation");
        }

        return text.ToString().TrimEnd();
    }

    private static bool IsSuiteFrame(string line) =>
        !line.StartsWith("at ", StringComparison.Ordinal) || SuiteFrames.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal));
}
