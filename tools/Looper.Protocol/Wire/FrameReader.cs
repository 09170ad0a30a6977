namespace Looper.Protocol.Wire;

/// <summary>Read frames, one per newline-terminated line, from a stream (spec/protocol.md section 3).</summary>
/// <param name="stream">The incoming half of the channel.</param>
internal sealed class FrameReader(Stream stream)
{
    /// <summary>The longest line accepted, in bytes; a longer one breaks the channel rather than exhausting memory.</summary>
    public const int MaxLineBytes = 1 << 20;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _line = new byte[4096];
    private int _start;
    private int _end;

    /// <summary>Read the next frame.</summary>
    /// <returns>The frame, or null when the stream ended cleanly between frames.</returns>
    /// <exception cref="ProtocolViolationException">The line is too long, not a frame, or the stream ended inside one.</exception>
    public Frame? ReadNext()
    {
        var length = 0;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_buffer, 0, _buffer.Length);
                if (_end == 0)
                {
                    return length == 0
                        ? null
                        : throw new ProtocolViolationException($"the channel ended in the middle of a line: {Frame.Excerpt(_line.AsMemory(0, length))}");
                }
            }

            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var take = (newline < 0 ? _end : newline) - _start;
            if (length + take > MaxLineBytes)
            {
                throw new ProtocolViolationException($"a line is longer than {MaxLineBytes} bytes: {Frame.Excerpt(_line.AsMemory(0, length))}");
            }

            if (length + take > _line.Length)
            {
                Array.Resize(ref _line, Math.Max(_line.Length * 2, length + take));
            }

            Array.Copy(_buffer, _start, _line, length, take);
            length += take;
            _start += take;
            if (newline >= 0)
            {
                _start++;
                return Frame.Parse(_line.AsMemory(0, length).ToArray());
            }
        }
    }
}
