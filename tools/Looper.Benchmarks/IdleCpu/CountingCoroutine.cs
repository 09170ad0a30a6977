namespace Looper.Benchmarks.IdleCpu;

/// <summary>
/// Pass another coroutine's steps through unchanged and count them: one step of a lone task is one round of the loop.
/// </summary>
/// <param name="inner">The coroutine to count.</param>
internal sealed class CountingCoroutine(IEnumerator<Future> inner) : IEnumerator<Future>
{
    /// <summary>Gets how many times the coroutine was stepped.</summary>
    public long Steps { get; private set; }

    public Future Current => inner.Current;

    object System.Collections.IEnumerator.Current => inner.Current;

    public bool MoveNext()
    {
        Steps++;
        return inner.MoveNext();
    }

    public void Reset() => inner.Reset();

    public void Dispose() => inner.Dispose();
}
