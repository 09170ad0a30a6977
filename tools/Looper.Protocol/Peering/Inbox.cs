namespace Looper.Protocol.Peering;

/// <summary>
/// Hand items from one thread to another, first in first out: the connection's reader adds a session's frames, the session's thread takes them.
/// </summary>
/// <remarks>
/// A taker spins a little before it sleeps, since an answer often comes within microseconds; then it blocks without burning a core.
/// <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> spins far longer: on a machine with fewer cores than spinning
/// threads (two gradings side by side, each with a judge and a host) the spinning took the cores from the threads that had work.
/// </remarks>
/// <typeparam name="T">The items.</typeparam>
/// <param name="spins">How many rounds of <see cref="SpinWait"/> a taker spends before it sleeps.</param>
internal sealed class Inbox<T>(int spins)
{
    private readonly Queue<T> _items = new();
    private readonly object _gate = new();
    private int _count;
    private bool _completed;

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
