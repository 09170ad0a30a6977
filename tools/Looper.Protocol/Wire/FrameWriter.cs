using System.Buffers;
using System.Text.Json;

namespace Looper.Protocol.Wire;

/// <summary>Write frames, one JSON object and a newline each, to a stream; safe to call from several threads.</summary>
/// <param name="stream">The outgoing half of the channel.</param>
/// <param name="broken">Turns a failed write into the exception to throw (the connection's break).</param>
internal sealed class FrameWriter(Stream stream, Func<Exception, Exception> broken)
{
    private readonly Lock _lock = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>Gets or sets what runs before each frame is written, outside the writer's lock (the host empties the learner's output buffer there).</summary>
    public Action? BeforeWrite { get; set; }

    /// <summary>Write one request.</summary>
    /// <param name="session">The session.</param>
    /// <param name="request">The request number.</param>
    /// <param name="op">The operation.</param>
    /// <param name="args">Writes the elements of the argument array.</param>
    public void WriteRequest(long session, long request, string op, Action<Utf8JsonWriter> args) => Write(writer =>
    {
        writer.WriteNumber("s", session);
        writer.WriteNumber("q", request);
        writer.WriteString("op", op);
        writer.WriteStartArray("a");
        args(writer);
        writer.WriteEndArray();
    });

    /// <summary>Write one successful response.</summary>
    /// <param name="session">The session.</param>
    /// <param name="request">The number of the request answered.</param>
    /// <param name="value">Writes the value.</param>
    public void WriteValue(long session, long request, Action<Utf8JsonWriter> value) => Write(writer =>
    {
        writer.WriteNumber("s", session);
        writer.WriteNumber("r", request);
        writer.WritePropertyName("v");
        value(writer);
    });

    /// <summary>Write one failed response.</summary>
    /// <param name="session">The session.</param>
    /// <param name="request">The number of the request answered.</param>
    /// <param name="error">Writes the error object's properties.</param>
    public void WriteError(long session, long request, Action<Utf8JsonWriter> error) => Write(writer =>
    {
        writer.WriteNumber("s", session);
        writer.WriteNumber("r", request);
        writer.WriteStartObject("e");
        error(writer);
        writer.WriteEndObject();
    });

    private void Write(Action<Utf8JsonWriter> body)
    {
        // Outside the lock: a thread of the learner's that holds its output's lock while it calls the judge cannot deadlock
        // with a thread that holds the frame lock.
        BeforeWrite?.Invoke();
        lock (_lock)
        {
            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
            }

            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
            try
            {
                stream.Write(_buffer.WrittenSpan);
                stream.Flush();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                throw broken(exception);
            }
        }
    }
}
