using System.Text;
using System.Text.Json;

namespace Looper.Protocol.Wire;

/// <summary>One parsed line of the channel: a request (<c>q</c>, <c>op</c>, <c>a</c>) or a response (<c>r</c>, <c>v</c> or <c>e</c>), in session <c>s</c>.</summary>
internal sealed class Frame : IDisposable
{
    private readonly JsonDocument _document;

    private Frame(JsonDocument document) => _document = document;

    /// <summary>Gets the session the frame belongs to; 0 is the connection itself.</summary>
    public long Session { get; private init; }

    /// <summary>Gets the request number, for a request.</summary>
    public long? Request { get; private init; }

    /// <summary>Gets the number of the request answered, for a response.</summary>
    public long? Reply { get; private init; }

    /// <summary>Gets the operation, for a request.</summary>
    public string Op { get; private init; } = string.Empty;

    /// <summary>Gets the argument array, for a request.</summary>
    public JsonElement Args { get; private init; }

    /// <summary>Gets the returned value of a successful response (JSON null when none).</summary>
    public JsonElement Value { get; private init; }

    /// <summary>Gets the error of a failed response.</summary>
    public JsonElement? Error { get; private init; }

    /// <summary>Parse one line.</summary>
    /// <param name="line">The UTF-8 bytes of the line, without its newline.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="ProtocolViolationException">The line is not a frame of spec/protocol.md section 3.</exception>
    public static Frame Parse(ReadOnlyMemory<byte> line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new ProtocolViolationException($"the line is not JSON ({exception.Message}): {Excerpt(line)}", exception);
        }

        try
        {
            return Read(document, line);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Shorten a line for an error message.</summary>
    /// <param name="line">The line.</param>
    /// <returns>At most 120 characters of it, quoted.</returns>
    public static string Excerpt(ReadOnlyMemory<byte> line)
    {
        var text = Encoding.UTF8.GetString(line.Span[..Math.Min(line.Length, 120)]);
        return $"'{text}'{(line.Length > 120 ? "..." : string.Empty)}";
    }

    /// <inheritdoc/>
    public void Dispose() => _document.Dispose();

    private static Frame Read(JsonDocument document, ReadOnlyMemory<byte> line)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("s", out var session) || !session.TryGetInt64(out var sessionId) || sessionId < 0)
        {
            throw new ProtocolViolationException($"a frame must be a JSON object with a session number \"s\": {Excerpt(line)}");
        }

        if (root.TryGetProperty("q", out var request))
        {
            if (!request.TryGetInt64(out var requestId)
                || !root.TryGetProperty("op", out var op) || op.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("a", out var args) || args.ValueKind != JsonValueKind.Array)
            {
                throw new ProtocolViolationException($"a request needs a number \"q\", a string \"op\" and an array \"a\": {Excerpt(line)}");
            }

            return new Frame(document) { Session = sessionId, Request = requestId, Op = op.GetString()!, Args = args };
        }

        if (root.TryGetProperty("r", out var reply) && reply.TryGetInt64(out var replyId))
        {
            if (root.TryGetProperty("e", out var error))
            {
                if (error.ValueKind != JsonValueKind.Object
                    || !error.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                    || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                {
                    throw new ProtocolViolationException($"an error needs a string \"type\" and a string \"message\": {Excerpt(line)}");
                }

                return new Frame(document) { Session = sessionId, Reply = replyId, Error = error };
            }

            if (!root.TryGetProperty("v", out var value))
            {
                throw new ProtocolViolationException($"a response needs a value \"v\" or an error \"e\": {Excerpt(line)}");
            }

            return new Frame(document) { Session = sessionId, Reply = replyId, Value = value };
        }

        throw new ProtocolViolationException($"a frame needs a request number \"q\" or a response number \"r\": {Excerpt(line)}");
    }
}
