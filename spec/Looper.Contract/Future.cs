using System.Globalization;

namespace Looper;

/// <summary>
/// Report the state of a coroutine at one step, or of a task in the loop (spec FUT-1).
/// </summary>
/// <remarks>
/// A coroutine yields one <see cref="Future"/> at every step. The loop keeps, for each task, the last future
/// its coroutine yielded (spec LOOP-3). A future is a value: the one <see cref="ILooper.GetTask"/> returns is a
/// snapshot that does not change when the task moves on (spec FUT-4). The default value is a pending future
/// with no result, neither killed nor paused, which is also the record of a task that was just added (spec FUT-2).
/// </remarks>
public readonly record struct Future
{
    /// <summary>Gets where the coroutine or task stands.</summary>
    public FutureStatus Status { get; init; }

    /// <summary>Gets the result: the value of a finished task, the exception of a failed one, otherwise <see langword="null"/>.</summary>
    public object? Result { get; init; }

    /// <summary>Gets a value indicating whether the task is marked to be removed at the end of the round (spec KILL-1, KILL-7).</summary>
    public bool Kill { get; init; }

    /// <summary>Gets a value indicating whether the loop must leave the task alone (spec LOOP-4).</summary>
    public bool Paused { get; init; }

    /// <summary>Gets the time, on the coroutine's <see cref="TimeProvider"/>, before which it has nothing to do (optional idle-sleep extension, spec IDLE-2).</summary>
    /// <remarks>
    /// The default, <see cref="DateTimeOffset.MinValue"/>, means "at once", so a future that never sets it gives an
    /// idle-sleeping looper no reason to sleep (spec IDLE-5). Loopers without the extension ignore it, and
    /// <see cref="ToString"/> leaves it out, so the core suite sees futures exactly as before.
    /// </remarks>
    public DateTimeOffset WakeAt { get; init; }

    /// <summary>Gets a pending future: not stepped yet, no result, neither killed nor paused.</summary>
    public static Future Pending => default;

    /// <summary>Gets an in-progress future: no result, neither killed nor paused.</summary>
    public static Future InProgress => new() { Status = FutureStatus.InProgress };

    /// <summary>Create a finished, paused future that carries <paramref name="result"/> (spec WAIT-4, WRAP-3).</summary>
    /// <param name="result">The value the coroutine produced.</param>
    /// <returns>The finished future.</returns>
    public static Future Finished(object? result) => new() { Status = FutureStatus.Finished, Result = result, Paused = true };

    /// <summary>Create a failed, paused future, optionally carrying what went wrong (spec FAIL-1, FAIL-2, WRAP-4).</summary>
    /// <param name="reason">The exception or value that explains the failure, or <see langword="null"/>.</param>
    /// <returns>The failed future.</returns>
    public static Future Failed(object? reason = null) => new() { Status = FutureStatus.Failed, Result = reason, Paused = true };

    /// <summary>Describe the future in one line, for logs and failure messages.</summary>
    /// <returns>For example <c>Finished (result: 00:00:01, paused)</c>.</returns>
    public override string ToString()
    {
        var marks = new List<string>(3);
        if (Result is not null)
        {
            marks.Add(string.Create(CultureInfo.InvariantCulture, $"result: {Result}"));
        }

        if (Kill)
        {
            marks.Add("kill");
        }

        if (Paused)
        {
            marks.Add("paused");
        }

        return marks.Count == 0 ? Status.ToString() : $"{Status} ({string.Join(", ", marks)})";
    }
}
