using System.Text;

namespace Looper.Grading.Running;

/// <summary>
/// Collect text up to a limit, dropping the rest and remembering that it did, safely from several threads.
/// </summary>
/// <param name="limit">How many characters to keep.</param>
public sealed class CappedText(int limit)
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private bool _truncated;

    /// <summary>Gets how many characters are kept.</summary>
    public int Limit { get; } = limit > 0 ? limit : throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be above 0.");

    /// <summary>Gets a value indicating whether some text was dropped.</summary>
    public bool Truncated
    {
        get
        {
            lock (_gate)
            {
                return _truncated;
            }
        }
    }

    /// <summary>Add <paramref name="text"/>, keeping only what fits under the limit.</summary>
    /// <param name="text">The text.</param>
    public void Append(ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            var room = Limit - _text.Length;
            if (text.Length > room)
            {
                _truncated = true;
                text = text[..Math.Max(room, 0)];
            }

            _text.Append(text);
        }
    }

    /// <summary>Gets the text kept so far.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }

    /// <summary>Cut <paramref name="text"/> to <paramref name="limit"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">How many characters to keep.</param>
    /// <returns>The kept text and whether anything was dropped.</returns>
    public static (string Text, bool Truncated) Cut(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= limit ? (text, false) : (text[..limit], true);
    }
}
