using Looper.Conformance.Traits;

namespace Looper.Conformance.Hints;

/// <summary>
/// Give the hint of each workshop stage, which failure messages of that stage's scenarios end with.
/// </summary>
/// <remarks>
/// The texts are hint 1 of each <c>katas/stages/*/hints.md</c>; a test of the katas keeps both the same. They live
/// here, compiled into the suite, so a learner's test project outside the repository still shows them. The stages
/// and their folders come from the stage table of the spec (<see cref="StageCatalog"/>).
/// </remarks>
internal static class StageHints
{
    private static readonly Dictionary<int, string> Texts = new()
    {
        [1] = "Stage 1 needs CreateWait and a looper whose AddTask records a Pending future and whose GetTask returns it; the wait's first MoveNext only reads the start time, and each later one compares the elapsed time with the duration.",
        [2] = "Walk the rounds on paper: a round steps each task that is actionable when its turn comes (FUT-3) and replaces its record with the future it yielded; the loop returns once no task is actionable.",
        [3] = "New tasks wait in a queue and join the loop only between rounds; at the start of a run and after every round the order is cull, admit, then check.",
        [4] = "Find a task by the coroutine object itself, never by Equals, and let a kill mark stick until the cull removes the task and disposes its coroutine.",
        [5] = "The wrapper is an ordinary coroutine: it adds its wait at its first step, then decides every step from what GetTask returns for that wait.",
        [6] = "Guard every step with try/catch: a step that throws, or a coroutine whose MoveNext returns false, fails only its own task, and the round goes on.",
    };

    private static readonly Lazy<IReadOnlyList<StageHint>> Hints = new(() =>
        [.. StageCatalog.All.Select(stage => new StageHint(stage.Number, stage.HintsFolder, Texts.GetValueOrDefault(stage.Number, string.Empty)))]);

    /// <summary>Gets the hint of every stage, in stage order.</summary>
    public static IReadOnlyList<StageHint> All => Hints.Value;

    /// <summary>Gets the hint of a stage.</summary>
    /// <param name="stage">The stage number.</param>
    /// <returns>The hint, or <see langword="null"/> for a stage that has none.</returns>
    public static StageHint? For(int? stage) => All.FirstOrDefault(hint => hint.Stage == stage && hint.Text.Length > 0);
}
