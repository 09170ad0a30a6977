using System.Globalization;

namespace Looper.Conformance.Hints;

/// <summary>
/// Give the hint of each workshop stage, and read a scenario's stage from its tags.
/// </summary>
/// <remarks>
/// The texts are hint 1 of each <c>katas/stages/*/hints.md</c>; a test of the katas keeps both the same. They live
/// here, compiled into the suite, so a learner's test project outside the repository still shows them.
/// </remarks>
public static class StageHints
{
    private const string StagePrefix = "stage-";
    private const string ExtensionTag = "extension";

    /// <summary>Gets the hint of every stage, in stage order.</summary>
    public static IReadOnlyList<StageHint> All { get; } =
    [
        new(1, "1-futures-and-wait", "Stage 1 needs CreateWait and a looper whose AddTask records a Pending future and whose GetTask returns it; the wait's first MoveNext only reads the start time, and each later one compares the elapsed time with the duration."),
        new(2, "2-the-loop", "Walk the rounds on paper: a round steps each task that is actionable when its turn comes (FUT-3) and replaces its record with the future it yielded; the loop returns once no task is actionable."),
        new(3, "3-dynamic-adds", "New tasks wait in a queue and join the loop only between rounds; at the start of a run and after every round the order is cull, admit, then check."),
        new(4, "4-lookup-and-kill", "Find a task by the coroutine object itself, never by Equals, and let a kill mark stick until the cull removes the task and disposes its coroutine."),
        new(5, "5-wrapper-callbacks", "The wrapper is an ordinary coroutine: it adds its wait at its first step, then decides every step from what GetTask returns for that wait."),
        new(6, "6-failures", "Guard every step with try/catch: a step that throws, or a coroutine whose MoveNext returns false, fails only its own task, and the round goes on."),
    ];

    /// <summary>Gets the hint of a stage.</summary>
    /// <param name="stage">The stage, 1 to 6.</param>
    /// <returns>The hint, or <see langword="null"/> for a stage that has none.</returns>
    public static StageHint? For(int? stage) => All.FirstOrDefault(hint => hint.Stage == stage);

    /// <summary>Read the stage of a scenario from its tags, such as <c>stage-2</c>.</summary>
    /// <param name="tags">The scenario's tags, without <c>@</c>.</param>
    /// <returns>The stage, or <see langword="null"/> when no tag names one or the scenario checks an optional extension.</returns>
    public static int? StageOf(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var list = tags as IReadOnlyCollection<string> ?? [.. tags];
        if (list.Contains(ExtensionTag, StringComparer.Ordinal))
        {
            return null; // an optional extension is no workshop stage: its hints live in spec section 10
        }

        foreach (var tag in list)
        {
            if (tag.StartsWith(StagePrefix, StringComparison.Ordinal)
                && int.TryParse(tag.AsSpan(StagePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var stage))
            {
                return stage;
            }
        }

        return null;
    }
}
