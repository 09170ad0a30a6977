using System.Globalization;
using System.Text;
using Looper.Conformance.Bridge;
using Looper.Conformance.Hints;
using Looper.Conformance.Requirements;
using Shouldly;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Check one outcome of a scenario and, when it is wrong, fail with a message a learner can act on.
/// </summary>
/// <remarks>
/// Every message has one shape: what was checked, <c>should be</c> the expected value, <c>but was</c> the actual
/// value, then the requirements the scenario checks (ID and summary), where to read more, and the hint of the
/// scenario's workshop stage. Failures throw Shouldly's <see cref="ShouldAssertException"/>, so test runners show
/// them as assertion failures.
/// </remarks>
/// <param name="requirementIds">The requirement IDs of the scenario being checked.</param>
/// <param name="stage">The scenario's workshop stage, whose hint ends every message; <see langword="null"/> for none.</param>
internal sealed class Verdict(IReadOnlyList<string> requirementIds, int? stage = null)
{
    /// <summary>The message of a scenario tagged <c>@ignore</c>.</summary>
    public const string IgnoredMessage = "The scenario is tagged @ignore, so no tool runs it.";

    private const int StackLines = 8;

    /// <summary>Gets the requirement IDs of the scenario being checked.</summary>
    public IReadOnlyList<string> RequirementIds { get; } = requirementIds;

    /// <summary>Gets the scenario's workshop stage, or <see langword="null"/>.</summary>
    public int? Stage { get; } = stage;

    /// <summary>Create the verdict of a scenario: its requirement tags and its stage tag.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The verdict.</returns>
    public static Verdict For(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new Verdict(scenario.Traits.RequirementIds, scenario.Traits.HintStage);
    }

    /// <summary>Fail unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    /// <typeparam name="T">The type compared.</typeparam>
    /// <param name="subject">What is checked, such as <c>the task of "A"</c>.</param>
    /// <param name="actual">What the implementation produced.</param>
    /// <param name="expected">What the spec requires.</param>
    public void Equal<T>(string subject, T actual, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            Fail(subject, "should be", Show(expected), Show(actual));
        }
    }

    /// <summary>Fail unless <paramref name="actual"/> holds the same items as <paramref name="expected"/>, in order.</summary>
    /// <param name="subject">What is checked.</param>
    /// <param name="actual">What happened.</param>
    /// <param name="expected">What the spec requires.</param>
    public void Sequence(string subject, IReadOnlyList<string> actual, IReadOnlyList<string> expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            Fail(subject, "should be", ShowList(expected), ShowList(actual));
        }
    }

    /// <summary>Fail with the one-shape message.</summary>
    /// <param name="subject">What was checked.</param>
    /// <param name="relation">How the actual value relates to the expected one, such as <c>should be</c>.</param>
    /// <param name="expected">The expected value, already shown as text.</param>
    /// <param name="actual">The actual value, already shown as text.</param>
    /// <exception cref="ShouldAssertException">Always.</exception>
    public void Fail(string subject, string relation, string expected, string actual) =>
        throw new CheckFailedException(Message(subject, relation, expected, actual), expected, actual);

    /// <summary>Build the one-shape message, without throwing it.</summary>
    /// <param name="subject">What was checked.</param>
    /// <param name="relation">How the actual value relates to the expected one.</param>
    /// <param name="expected">The expected value, as text.</param>
    /// <param name="actual">The actual value, as text.</param>
    /// <returns>The message.</returns>
    public string Message(string subject, string relation, string expected, string actual)
    {
        var text = new StringBuilder()
            .AppendLine(subject)
            .Append("    ").AppendLine(relation)
            .AppendLine(expected)
            .AppendLine("    but was")
            .AppendLine(actual);
        AppendRequirements(text);
        return text.ToString().TrimEnd();
    }

    /// <summary>Describe the scenario's requirements: ID, summary and spec section, one per line, then the stage's hint.</summary>
    /// <param name="text">Where to write.</param>
    public void AppendRequirements(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.AppendLine();
        foreach (var id in RequirementIds)
        {
            if (RequirementCatalog.All.TryGetValue(id, out var requirement))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{id}: {requirement.Summary}");
            }
        }

        var sections = RequirementIds
            .Select(id => RequirementCatalog.All.TryGetValue(id, out var requirement) ? requirement.Section : null)
            .OfType<string>()
            .Distinct()
            .ToList();
        if (sections.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Read: spec/looper-spec.md, section {string.Join("; ", sections)}");
        }

        if (StageHints.For(Stage) is { } hint)
        {
            text.AppendLine(hint.ToString());
        }
    }

    /// <summary>Show a value the way messages do: strings quoted, time spans in seconds, nothing as <c>nothing</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its text.</returns>
    public static string Show(object? value) => value switch
    {
        null => "nothing",
        string text => $"\"{text}\"",
        TimeSpan span => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds} s"),
        Exception exception => $"{exception.GetType().Name}: {exception.Message}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };

    private static string ShowList(IReadOnlyList<string> items) =>
        items.Count == 0 ? "(nothing)" : string.Join("\n", items.Select(item => $"  {item}"));

    /// <summary>Say how a scenario that threw ended: timed out on the step budget or the return timeout, failed a check, or errored.</summary>
    /// <param name="exception">What the scenario threw.</param>
    /// <param name="budgetExceeded">Whether the scenario ran out of its step budget at some point.</param>
    /// <returns>The status.</returns>
    internal static OutcomeStatus StatusOf(Exception exception, bool budgetExceeded)
    {
        if (budgetExceeded || Chain(exception).Any(link => link is StepBudgetExceededException or ReturnTimeoutException))
        {
            return OutcomeStatus.TimedOut;
        }

        return exception is ShouldAssertException or NUnit.Framework.AssertionException ? OutcomeStatus.Failed : OutcomeStatus.Errored;
    }

    /// <summary>Build the learner's message of a scenario that threw: the suite's own message, or for anything else the exception and the top of its stack.</summary>
    /// <param name="exception">What the scenario threw.</param>
    /// <returns>The message.</returns>
    internal static string MessageOf(Exception exception)
    {
        if (exception is ShouldAssertException or ImplementationFailedException or StepBudgetExceededException or ReturnTimeoutException or NUnit.Framework.AssertionException)
        {
            return exception.Message;
        }

        var stack = (exception.StackTrace ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Take(StackLines);
        return $"{exception.GetType().Name}: {exception.Message}\n{string.Join('\n', stack)}".TrimEnd();
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? link = exception; link is not null; link = link.InnerException)
        {
            yield return link;
        }
    }

    /// <summary>Gets the scenario's requirements, as a block to append to messages.</summary>
    /// <returns>The block, starting with a line break.</returns>
    public string RequirementsText()
    {
        var text = new StringBuilder();
        AppendRequirements(text);
        return text.ToString().TrimEnd().Insert(0, "\n");
    }

    /// <summary>Explain a call into the implementation that threw: not implemented, out of budget or time, or any other exception, naming the member and where.</summary>
    /// <param name="member">The member the suite called, such as <c>ILooper.AddTask</c>.</param>
    /// <param name="exception">What it threw.</param>
    /// <param name="implementationAssembly">The implementation's assembly, to point at the line that threw.</param>
    /// <returns>The exception that fails the scenario.</returns>
    public ImplementationFailedException ImplementationFailed(string member, Exception exception, System.Reflection.Assembly implementationAssembly)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var culprit = ContractMembers.Find(exception) ?? member;
        var context = culprit == member ? string.Empty : $" (while the suite called {member})";
        var what = exception switch
        {
            NotImplementedException => $"not implemented: {culprit}, {NotImplementedAdvice.For(culprit, exception.Message)}{context}",
            StepBudgetExceededException or ReturnTimeoutException => $"{member} {exception.Message}",
            _ => string.Create(CultureInfo.InvariantCulture, $"{culprit} threw {exception.GetType().Name}: {exception.Message}{context}")
                + (ContractMembers.Where(exception, implementationAssembly) is { } where ? $"\n  {where}" : string.Empty),
        };
        return new ImplementationFailedException(what + RequirementsText(), exception);
    }

    /// <summary>Explain a run that used up the step budget but returned.</summary>
    /// <param name="member">The member that ran.</param>
    /// <param name="limit">The budget.</param>
    /// <returns>The exception that fails the scenario.</returns>
    public ImplementationFailedException BudgetExceeded(string member, int limit) =>
        new($"{member} {new StepBudgetExceededException(limit, "call").Message}.{RequirementsText()}");

    /// <summary>Explain a wrapper that never added its wait (spec WRAP-1).</summary>
    /// <param name="wrapper">The wrapper's name.</param>
    /// <returns>The exception that fails the scenario.</returns>
    public ImplementationFailedException WrapperAddedNoWait(string wrapper) =>
        new($"The wrapper \"{wrapper}\" has not added a wait to the looper (spec WRAP-1).{RequirementsText()}");

    /// <summary>Explain an extension scenario run against an implementation without the extension.</summary>
    /// <param name="implementationName">The implementation's type name.</param>
    /// <param name="extension">The extension's interface name.</param>
    /// <returns>The exception that fails the scenario.</returns>
    public ImplementationFailedException ExtensionMissing(string implementationName, string extension) =>
        new($"{implementationName} does not implement {extension}, so it has no idle-sleeping looper; implement it to take up the extension.{RequirementsText()}");
}
