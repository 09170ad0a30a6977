namespace Looper.Conformance.Drivers;

/// <summary>
/// Record, in order, what happened during a scenario: steps of the suite's coroutines, callbacks, log lines.
/// </summary>
internal sealed class EventJournal
{
    private readonly List<string> _events = [];

    /// <summary>Gets the events so far, oldest first.</summary>
    public IReadOnlyList<string> Events => _events;

    /// <summary>Append one event.</summary>
    /// <param name="text">What happened.</param>
    public void Record(string text) => _events.Add(text);
}
