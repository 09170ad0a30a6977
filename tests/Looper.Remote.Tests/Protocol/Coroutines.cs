namespace Looper.Remote.Tests.Protocol;

/// <summary>Small judge-side coroutines for the protocol tests.</summary>
internal static class Coroutines
{
    /// <summary>Finish at once with a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The coroutine.</returns>
    public static IEnumerator<Future> Returning(object? result)
    {
        yield return Future.Finished(result);
    }

    /// <summary>Throw on the first step.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The coroutine.</returns>
    public static IEnumerator<Future> Throwing(Exception exception)
    {
        throw exception;
#pragma warning disable CS0162 // The yield makes this an iterator, so the throw happens at the first step.
        yield break;
#pragma warning restore CS0162
    }

    /// <summary>Stay pending for <paramref name="steps"/> steps, then finish with <paramref name="result"/>.</summary>
    /// <param name="steps">How many steps stay pending.</param>
    /// <param name="result">The result.</param>
    /// <returns>The coroutine.</returns>
    public static IEnumerator<Future> PendingFor(int steps, object? result)
    {
        for (var step = 0; step < steps; step++)
        {
            yield return Future.Pending;
        }

        yield return Future.Finished(result);
    }

    /// <summary>Run an action at the first step, then finish with its result.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The coroutine.</returns>
    public static IEnumerator<Future> Doing(Func<object?> action)
    {
        yield return Future.Finished(action());
    }
}
