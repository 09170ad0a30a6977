using System.Collections.Concurrent;
using Looper.Protocol.Wire;

namespace Looper.Protocol.Peering;

/// <summary>One end of the channel: reads frames and hands them to their sessions (spec/protocol.md section 3).</summary>
/// <remarks>
/// <para>
/// One thread at a time reads the channel: the one holding the read turn (<see cref="TryTakeReadTurn"/>). A session's thread that waits
/// for a frame takes the turn when it is free and reads for itself, so an answer reaches the thread that waits for it without another
/// thread's wake-up in between; a frame for another session it hands to that session. A thread that finds the turn taken waits for its
/// frame, and is nudged when the turn comes free. When no session's thread has read for <see cref="IdleReadDelay"/>, the connection's own
/// reader thread takes the turn, so a frame nobody waits for yet (a new session's first request, the end of the channel) is still read.
/// On the host it takes the turn at once when no session but session 0 is being served: the next frame is then a new session's
/// first request, which no thread of a session could read.
/// </para>
/// <para>
/// The host's session 0, which only says hello, never takes the turn: it would hold it, blocked on the channel, while every other
/// session's frames passed through it.
/// </para>
/// </remarks>
internal sealed class Connection : IDisposable
{
    /// <summary>How long the read turn stays free, untaken by any session's thread, before the connection's own reader takes it.</summary>
    private static readonly TimeSpan IdleReadDelay = TimeSpan.FromMilliseconds(1);

    private readonly FrameReader _reader;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly ConcurrentDictionary<long, Session> _sessions = new();
    private readonly Lock _breakLock = new();
    private readonly object _turnGate = new();
    private readonly List<Session> _waitingForTurn = [];
    private bool _turnTaken;
    private long _turnsTaken;
    private int _servedSessions;
    private long _lastSession;
    private long _framesRead;
    private long _framesHandedOver;
    private volatile ChannelBrokenException? _failure;

    /// <summary>Initializes a new instance of the <see cref="Connection"/> class.</summary>
    /// <param name="local">The side this end is.</param>
    /// <param name="input">The stream frames arrive on.</param>
    /// <param name="output">The stream frames leave on.</param>
    public Connection(Side local, Stream input, Stream output)
    {
        Local = local;
        _input = input;
        _output = output;
        _reader = new FrameReader(input);
        Writer = new FrameWriter(output, Break);
        Control = new Session(this, 0);
        _sessions[0] = Control;
    }

    /// <summary>Gets the side this end is.</summary>
    public Side Local { get; }

    /// <summary>Gets the frame writer shared by every session.</summary>
    public FrameWriter Writer { get; }

    /// <summary>Gets how many frames the other side has sent so far, which tells whoever waits on it whether it still makes progress.</summary>
    public long FramesRead => Interlocked.Read(ref _framesRead);

    /// <summary>Gets how many of the frames read were read by a thread other than the one of the session they belong to, and handed to it.</summary>
    public long FramesHandedOver => Interlocked.Read(ref _framesHandedOver);

    /// <summary>Gets session 0, which says hello.</summary>
    public Session Control { get; }

    /// <summary>Gets why the channel broke, or null while it works.</summary>
    public ChannelBrokenException? Failure => _failure;

    /// <summary>Gets the factory of implementations, one per session (host side only).</summary>
    public Func<ILooperImplementation>? Implementations { get; init; }

    /// <summary>Gets the name the host gives at hello (host side only).</summary>
    public string ImplementationName { get; init; } = string.Empty;

    /// <summary>Gets what to add to a failure's message, such as the other process's exit code and last error output.</summary>
    public Func<string>? Describe { get; init; }

    /// <summary>Gets what runs before this end sends any frame, such as the host emptying the learner's output buffer (spec/protocol.md, PROTO-22).</summary>
    public Action? BeforeEachFrame
    {
        get => Writer.BeforeWrite;
        init => Writer.BeforeWrite = value;
    }

    /// <summary>Gets or sets what to do once the channel broke.</summary>
    public Action<ChannelBrokenException>? Broken { get; set; }

    /// <summary>Start reading frames; on the host this also starts serving session 0.</summary>
    public void Start()
    {
        new Thread(ReadWhenIdle) { IsBackground = true, Name = "Looper protocol reader" }.Start();
        if (Local == Side.Host)
        {
            StartServing(Control);
        }
    }

    /// <summary>Say hello and check the host speaks this version (judge side).</summary>
    /// <returns>The implementation's name as the host gives it.</returns>
    public string SayHello() => Control.Call(Operations.Hello, ProtocolVersion.Current) as string
        ?? throw Break(new ProtocolViolationException("'hello' must return the implementation's name"));

    /// <summary>Open a session: the host makes a new implementation instance for it (judge side).</summary>
    /// <returns>The session, and whether its implementation has the idle-sleep extension.</returns>
    public (Session Session, bool IdleSleep) OpenSession()
    {
        var session = new Session(this, Interlocked.Increment(ref _lastSession));
        _sessions[session.Id] = session;
        if (_failure is not null)
        {
            throw _failure;
        }

        return (session, session.Call(Operations.SessionOpen) is true);
    }

    /// <summary>Close a session; the host drops its objects.</summary>
    /// <param name="session">The session.</param>
    public void CloseSession(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (_failure is null)
        {
            session.Call(Operations.SessionClose);
        }

        _sessions.TryRemove(session.Id, out _);
        session.Close();
    }

    /// <summary>Answer a hello (host side).</summary>
    /// <param name="args">The hello's arguments: the judge's protocol version.</param>
    /// <returns>The implementation's name.</returns>
    internal string Hello(object?[] args)
    {
        if (Local != Side.Host)
        {
            throw new ProtocolViolationException("the judge does not serve 'hello'");
        }

        return args is [int version] && version == ProtocolVersion.Current
            ? ImplementationName
            : throw new NotSupportedException($"This host speaks protocol version {ProtocolVersion.Current} only; the judge asked for {string.Join(", ", args)}.");
    }

    /// <summary>Mark the channel broken: every waiting and later call throws the same failure.</summary>
    /// <param name="cause">What broke it.</param>
    /// <returns>The failure, to throw.</returns>
    internal ChannelBrokenException Break(Exception cause)
    {
        lock (_breakLock)
        {
            if (_failure is null)
            {
                var other = Local == Side.Judge ? "host" : "judge";
                var detail = Describe?.Invoke();
                _failure = new ChannelBrokenException(
                    $"The protocol channel to the {other} broke: {cause.Message}.{(string.IsNullOrEmpty(detail) ? string.Empty : " " + detail)} The scenario cannot go on; see spec/protocol.md section 8.",
                    cause);
                foreach (var session in _sessions.Values)
                {
                    session.Close();
                }

                // A broken channel is closed both ways, so the other side stops waiting too.
                try
                {
                    _output.Dispose();
                }
                catch (IOException)
                {
                    // Already broken.
                }
            }
        }

        Broken?.Invoke(_failure);
        return _failure;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _output.Dispose();
        _input.Dispose();
    }

    private void StartServing(Session session)
    {
        if (session.Id == 0)
        {
            new Thread(session.ServeUntilClosed) { IsBackground = true, Name = "Looper session 0" }.Start();
            return;
        }

        Interlocked.Increment(ref _servedSessions);
        new Thread(() =>
        {
            try
            {
                session.ServeUntilClosed();
            }
            finally
            {
                lock (_turnGate)
                {
                    _servedSessions--;
                    Monitor.PulseAll(_turnGate);
                }
            }
        })
        { IsBackground = true, Name = $"Looper session {session.Id}" }.Start();
    }

    /// <summary>Take the read turn if it is free; if it is not, put <paramref name="waiter"/> on the list of sessions to nudge when it comes free.</summary>
    /// <param name="waiter">The session whose thread wants to read.</param>
    /// <returns>Whether the turn was taken.</returns>
    internal bool TryTakeReadTurn(Session waiter)
    {
        lock (_turnGate)
        {
            if (!_turnTaken)
            {
                _turnTaken = true;
                _turnsTaken++;
                return true;
            }

            if (!_waitingForTurn.Contains(waiter))
            {
                _waitingForTurn.Add(waiter);
            }

            return false;
        }
    }

    /// <summary>Take <paramref name="waiter"/> off the list of sessions waiting for the read turn; if the turn is free, nudge the next one.</summary>
    /// <param name="waiter">The session whose thread stopped waiting.</param>
    internal void StopWaitingForReadTurn(Session waiter)
    {
        lock (_turnGate)
        {
            _waitingForTurn.Remove(waiter);
            if (!_turnTaken)
            {
                NudgeNextWaiter();
            }
        }
    }

    /// <summary>Give the read turn back and nudge the session that has waited for it longest.</summary>
    internal void ReleaseReadTurn()
    {
        lock (_turnGate)
        {
            _turnTaken = false;
            NudgeNextWaiter();
        }
    }

    /// <summary>Read the next frame; only the holder of the read turn may.</summary>
    /// <returns>The frame.</returns>
    /// <exception cref="ChannelBrokenException">The channel ended, broke, or carried something that is not a frame.</exception>
    internal Frame ReadFrame()
    {
        Frame? frame;
        try
        {
            frame = _reader.ReadNext();
        }
        catch (ChannelBrokenException)
        {
            throw;
        }
        catch (Exception failure)
        {
            throw Break(failure);
        }

        if (frame is null)
        {
            throw Break(new EndOfStreamException("the other side closed the channel"));
        }

        Interlocked.Increment(ref _framesRead);
        return frame;
    }

    /// <summary>Hand a frame read for another session to that session.</summary>
    /// <param name="frame">The frame.</param>
    /// <exception cref="ChannelBrokenException">The frame names a session that is not open.</exception>
    internal void Deliver(Frame frame)
    {
        try
        {
            Route(frame);
        }
        catch (ProtocolViolationException violation)
        {
            throw Break(violation);
        }
    }

    private void NudgeNextWaiter()
    {
        if (_waitingForTurn.Count > 0)
        {
            var next = _waitingForTurn[0];
            _waitingForTurn.RemoveAt(0);
            next.Nudge();
        }
    }

    /// <summary>Read whatever no session's thread is reading: a frame at a time, each time the turn has stayed free for a while.</summary>
    private void ReadWhenIdle()
    {
        while (TakeIdleReadTurn())
        {
            try
            {
                Deliver(ReadFrame());
            }
            catch (ChannelBrokenException)
            {
                return;
            }
            finally
            {
                ReleaseReadTurn();
            }
        }
    }

    /// <summary>Wait until the read turn has stayed free for a whole <see cref="IdleReadDelay"/> (on the host, or is free while no session is served), and take it.</summary>
    /// <returns><see langword="false"/> once the channel broke.</returns>
    private bool TakeIdleReadTurn()
    {
        lock (_turnGate)
        {
            while (_failure is null)
            {
                if (!_turnTaken && Local == Side.Host && Volatile.Read(ref _servedSessions) == 0)
                {
                    _turnTaken = true;
                    _turnsTaken++;
                    return true;
                }

                var wasFree = !_turnTaken;
                var turns = _turnsTaken;
                Monitor.Wait(_turnGate, IdleReadDelay);
                if (wasFree && !_turnTaken && _turnsTaken == turns && _failure is null)
                {
                    _turnTaken = true;
                    _turnsTaken++;
                    return true;
                }
            }

            return false;
        }
    }

    private void Route(Frame frame)
    {
        Interlocked.Increment(ref _framesHandedOver);
        if (_sessions.TryGetValue(frame.Session, out var session))
        {
            session.Post(frame);
            return;
        }

        if (Local == Side.Host && frame.Op == Operations.SessionOpen && frame.Session > 0)
        {
            session = new Session(this, frame.Session);
            _sessions[frame.Session] = session;
            session.Post(frame);
            StartServing(session);
            return;
        }

        frame.Dispose();
        throw new ProtocolViolationException($"a frame names session {frame.Session}, which is not open");
    }
}
