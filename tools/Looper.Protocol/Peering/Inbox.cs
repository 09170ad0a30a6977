namespace Looper.Protocol.Peering;

/// <summary>
/// Hand items from one thread to another, first in first out: whichever thread reads the channel adds a session's frames, the session's thread takes them.
/// </summary>
/// <remarks>
/// A taker spins a little before it sleeps, since an answer often comes within microseconds; then it blocks without burning a core.
/// <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> spins far longer: on a machine with fewer cores than spinning
/// threads (two gradings side by side, each with a judge and a host) the spinning took the cores from the threads that had work.
/// A taker that may read the channel itself waits with <see cref="Wait"/>, which also ends when it is nudged: the channel is free to read.
/// </remarks>
/// <typeparam name="T">The items.</typeparam>
/// <param name="spins">How many rounds of <see cref="SpinWait"/> a taker spends before it sleeps.</param>
internal sealed class Inbox<T>(int spins)
{
    private readonly Queue<T> _items = new();
    private readonly object _gate = new();
    private int _count;
    private bool _completed;
    private bool _nudged;

    /// <summary>Gets a value indicating whether <see cref="Complete"/> was called.</summary>
    public bool IsCompleted => Volatile.Read(ref _completed);

    /// <summary>Add an item, unless the inbox was completed.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Whether it was added; <see langword="false"/> once <see cref="Complete"/> was called.</returns>
    public bool TryAdd(T item)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return false;
            }

            _items.Enqueue(item);
            Volatile.Write(ref _count, _items.Count);
            Monitor.Pulse(_gate);
            return true;
        }
    }

    /// <summary>Take the oldest item if there is one, without waiting.</summary>
    /// <param name="item">The item taken.</param>
    /// <returns>Whether an item was taken.</returns>
    public bool TryTakeNow(out T item)
    {
        if (Volatile.Read(ref _count) == 0)
        {
            item = default!;
            return false;
        }

        lock (_gate)
        {
            var taken = _items.TryDequeue(out item!);
            Volatile.Write(ref _count, _items.Count);
            return taken;
        }
    }

    /// <summary>Wait until there is an item, the inbox is completed, or the taker is nudged; take nothing.</summary>
    public void Wait()
    {
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _count) == 0 && !Volatile.Read(ref _completed) && !Volatile.Read(ref _nudged) && spinner.Count < spins)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        lock (_gate)
        {
            while (_items.Count == 0 && !_completed && !_nudged)
            {
                Monitor.Wait(_gate);
            }

            Volatile.Write(ref _nudged, false);
        }
    }

    /// <summary>End the taker's <see cref="Wait"/>, or the next one if it is not waiting, though no item came.</summary>
    public void Nudge()
    {
        lock (_gate)
        {
            Volatile.Write(ref _nudged, true);
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Take the oldest item, waiting for one as long as the inbox is not completed.</summary>
    /// <param name="item">The item taken.</param>
    /// <returns><see langword="false"/> when the inbox is completed and empty.</returns>
    public bool TryTake(out T item)
    {
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _count) == 0 && !Volatile.Read(ref _completed) && spinner.Count < spins)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        lock (_gate)
        {
            while (_items.Count == 0 && !_completed)
            {
                Monitor.Wait(_gate);
            }

            var taken = _items.TryDequeue(out item!);
            Volatile.Write(ref _count, _items.Count);
            return taken;
        }
    }

    /// <summary>Refuse further items and wake every taker; the items already in can still be taken.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            Volatile.Write(ref _completed, true);
            Monitor.PulseAll(_gate);
        }
    }
}
