using System.Runtime.ExceptionServices;
using System.Text.Json;
using Looper.Protocol.Values;
using Looper.Protocol.Wire;

namespace Looper.Protocol.Peering;

/// <summary>One implementation instance's conversation: its handles and strictly nested request/response (spec/protocol.md section 3).</summary>
/// <remarks>
/// A call sends its request and then reads the session's frames until its response comes, serving every request
/// of the other side that arrives meanwhile on the calling thread: a step that calls back into the looper nests.
/// The waiting thread reads the channel itself whenever no other thread is reading it (see <see cref="Connection"/>).
/// </remarks>
internal sealed class Session
{
    /// <summary>How long a judge's call spins for a frame another thread reads for it before it sleeps.</summary>
    private const int JudgeSpins = 40;

    /// <summary>How long the host spins for a frame another thread reads for it before it sleeps: short, so the host leaves the cores to the judge.</summary>
    private const int HostSpins = 10;

    private readonly Inbox<Frame> _inbox;
    private long _lastRequest;

    /// <summary>Initializes a new instance of the <see cref="Session"/> class.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="id">The session number.</param>
    public Session(Connection connection, long id)
    {
        Connection = connection;
        Id = id;
        Codec = new ValueCodec(this);
        _inbox = new Inbox<Frame>(connection.Local == Side.Judge ? JudgeSpins : HostSpins);
    }

    /// <summary>Gets the connection.</summary>
    public Connection Connection { get; }

    /// <summary>Gets the session number.</summary>
    public long Id { get; }

    /// <summary>Gets the side this end is.</summary>
    public Side Local => Connection.Local;

    /// <summary>Gets the handles of this session.</summary>
    public HandleTable Handles { get; } = new();

    /// <summary>Gets the value codec bound to this session's handles.</summary>
    public ValueCodec Codec { get; }

    /// <summary>Gets or sets the implementation that serves <c>implementation.*</c> (host side only).</summary>
    public ILooperImplementation? Implementation { get; set; }

    /// <summary>Call an operation on the other side and wait for its answer, serving nested requests meanwhile.</summary>
    /// <param name="op">The operation.</param>
    /// <param name="args">The arguments; objects cross as handles.</param>
    /// <returns>The returned value.</returns>
    /// <exception cref="ChannelBrokenException">The channel broke before the answer came.</exception>
    public object? Call(string op, params object?[] args)
    {
        var request = Interlocked.Increment(ref _lastRequest);
        Connection.Writer.WriteRequest(Id, request, op, writer =>
        {
            foreach (var arg in args)
            {
                Codec.Write(writer, arg);
            }
        });
        while (true)
        {
            using var frame = Take();
            if (frame.Request is not null)
            {
                Serve(frame);
                continue;
            }

            if (frame.Reply != request)
            {
                throw Connection.Break(new ProtocolViolationException($"session {Id} waited for the answer to request {request} but got one to request {frame.Reply}"));
            }

            if (frame.Error is { } error)
            {
                ExceptionDispatchInfo.Throw(ReadError(error));
            }

            return Read(frame.Value);
        }
    }

    /// <summary>Serve the other side's requests until it closes the session or the channel breaks (host side, one thread per session).</summary>
    public void ServeUntilClosed()
    {
        try
        {
            while (true)
            {
                using var frame = Id == 0 ? TakePosted() : Take();
                if (frame.Request is null)
                {
                    Connection.Break(new ProtocolViolationException($"session {Id} got an answer to request {frame.Reply} while it was waiting for none"));
                    return;
                }

                Serve(frame);
                if (frame.Op == Operations.SessionClose)
                {
                    return;
                }
            }
        }
        catch (ChannelBrokenException)
        {
            // The connection is gone; nothing more to serve.
        }
    }

    /// <summary>Hand a frame read by the connection to this session.</summary>
    /// <param name="frame">The frame.</param>
    internal void Post(Frame frame)
    {
        if (!_inbox.TryAdd(frame))
        {
            // The session is closed: nobody will read the frame.
            frame.Dispose();
        }
    }

    /// <summary>Stop taking frames: every waiting call sees the broken channel.</summary>
    internal void Close() => _inbox.Complete();

    /// <summary>End this session's wait for a frame: the read turn came free.</summary>
    internal void Nudge() => _inbox.Nudge();

    /// <summary>Take this session's next frame, reading the channel whenever nobody else is.</summary>
    private Frame Take()
    {
        while (true)
        {
            if (_inbox.TryTakeNow(out var frame))
            {
                return frame;
            }

            if (_inbox.IsCompleted)
            {
                throw Closed();
            }

            if (Connection.TryTakeReadTurn(this))
            {
                try
                {
                    // A frame may have been handed over between the look above and taking the turn.
                    if (_inbox.TryTakeNow(out frame))
                    {
                        return frame;
                    }

                    frame = Connection.ReadFrame();
                    if (frame.Session == Id && !_inbox.IsCompleted)
                    {
                        return frame;
                    }

                    Connection.Deliver(frame);
                }
                finally
                {
                    Connection.ReleaseReadTurn();
                }

                continue;
            }

            _inbox.Wait();
            Connection.StopWaitingForReadTurn(this);
        }
    }

    /// <summary>Take the next frame another thread read for this session (the host's session 0, which never reads).</summary>
    private Frame TakePosted() => _inbox.TryTake(out var frame) ? frame : throw Closed();

    private ChannelBrokenException Closed() => Connection.Failure ?? new ChannelBrokenException("the session was closed");

    private object? Read(JsonElement value)
    {
        try
        {
            return Codec.Read(value);
        }
        catch (ProtocolViolationException violation)
        {
            throw Connection.Break(violation);
        }
    }

    private Exception ReadError(JsonElement error)
    {
        if (error.TryGetProperty("ref", out var handle) && Read(handle) is Exception exception)
        {
            return exception;
        }

        return Proxies.RemoteException.Create(error.GetProperty("type").GetString()!, error.GetProperty("message").GetString()!);
    }

    private bool Open()
    {
        var create = Connection.Implementations ?? throw new ProtocolViolationException("the judge does not serve 'session.open'");
        Implementation ??= create();
        return Implementation is IIdleSleepExtension;
    }

    private void Serve(Frame frame)
    {
        object? result;
        try
        {
            var args = new object?[frame.Args.GetArrayLength()];
            var index = 0;
            foreach (var arg in frame.Args.EnumerateArray())
            {
                args[index++] = Codec.Read(arg);
            }

            result = frame.Op switch
            {
                Operations.Hello => Connection.Hello(args),
                Operations.SessionOpen => Open(),
                Operations.SessionClose => null,
                _ => RequestServer.Serve(this, frame.Op, args),
            };
        }
        catch (ProtocolViolationException violation)
        {
            throw Connection.Break(violation);
        }
        catch (ChannelBrokenException)
        {
            throw;
        }
        catch (Exception exception)
        {
            Connection.Writer.WriteError(Id, frame.Request!.Value, writer =>
            {
                writer.WriteString("type", exception.GetType().FullName);
                writer.WriteString("message", exception.Message);
                writer.WritePropertyName("ref");
                Codec.Write(writer, exception);
            });
            return;
        }

        Connection.Writer.WriteValue(Id, frame.Request!.Value, writer => Codec.Write(writer, result));
    }
}
