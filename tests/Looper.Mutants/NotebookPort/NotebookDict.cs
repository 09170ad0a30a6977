namespace Looper.Mutants.NotebookPort;

/// <summary>
/// Stand in for the Python dicts the notebook uses as futures and tasks: string keys, any values.
/// </summary>
internal static class NotebookDict
{
    public const string StatusKey = "status";
    public const string ResultKey = "result";
    public const string KillKey = "kill";
    public const string PausedKey = "paused";
    public const string CoroKey = "coro";

    /// <summary>Build <c>{"status": ..., "result": ..., "kill": ..., "paused": ...}</c>, a future.</summary>
    public static Dictionary<string, object?> Of(FutureStatus status, object? result, bool kill, bool paused) =>
        new(StringComparer.Ordinal)
        {
            [StatusKey] = status,
            [ResultKey] = result,
            [KillKey] = kill,
            [PausedKey] = paused,
        };

    /// <summary>Build <c>{"status": ..., "result": ..., "kill": ..., "paused": ..., "coro": gen}</c>, a task.</summary>
    public static Dictionary<string, object?> Of(FutureStatus status, object? result, bool kill, bool paused, IEnumerator<Future>? coro)
    {
        var task = Of(status, result, kill, paused);
        task[CoroKey] = coro;
        return task;
    }

    /// <summary>Turn what a coroutine yielded into the dict the notebook's generators yield.</summary>
    public static Dictionary<string, object?> From(Future future) => Of(future.Status, future.Result, future.Kill, future.Paused);

    /// <summary>Show a task dict through the contract's <see cref="Future"/>, as <c>get_task</c>'s caller would read it.</summary>
    public static Future ToFuture(Dictionary<string, object?> task) => new()
    {
        Status = (FutureStatus)task[StatusKey]!,
        Result = task[ResultKey],
        Kill = (bool)task[KillKey]!,
        Paused = (bool)task[PausedKey]!,
    };

    /// <summary>Read <c>d[key]</c>: like Python, a missing key raises (KeyError becomes <see cref="KeyNotFoundException"/>).</summary>
    public static object? Get(Dictionary<string, object?> dict, string key) =>
        dict.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"KeyError: '{key}'");

    /// <summary>Do <c>del d[key]</c>: like Python, deleting a missing key raises (KeyError becomes <see cref="KeyNotFoundException"/>).</summary>
    public static void Del(Dictionary<string, object?> dict, string key)
    {
        if (!dict.Remove(key))
        {
            throw new KeyNotFoundException($"KeyError: '{key}'");
        }
    }

    /// <summary>Test <c>d[key] == status</c>.</summary>
    public static bool Is(Dictionary<string, object?> dict, FutureStatus status) => (FutureStatus)dict[StatusKey]! == status;

    /// <summary>Test a boolean entry such as <c>d["paused"]</c>.</summary>
    public static bool Flag(Dictionary<string, object?> dict, string key) => (bool)dict[key]!;
}
