using System.IO.Pipes;
using System.Runtime.InteropServices;
using System.Text;

namespace Looper.Remote;

/// <summary>Drain a host's standard error so it never blocks, keeping a tail for error messages and what was written since the last <see cref="Take"/>.</summary>
/// <remarks>
/// On Linux every read happens under one lock, only of bytes the pipe already holds, and <see cref="Take"/> first reads
/// whatever the pipe holds: what the host wrote before it answered a call is in the pipe when the answer arrives, so it is
/// in that take, never in the next one. Elsewhere a plain reader thread drains it (output may then land one take late).
/// Reads take up to a whole pipe's worth (64 KiB) at a time, so a flood costs few wake-ups; <see cref="BytesRead"/> counts
/// everything read, capped or not, for the grader's net.
/// </remarks>
internal sealed partial class HostOutput
{
    private const int TailChars = 2000;
    private const int ReadBytes = 64 * 1024;
    private const short PollIn = 0x1;
    private const uint FionRead = 0x541B;
    private readonly Stream _stream;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly StringBuilder _tail = new();
    private readonly StringBuilder _taken = new();
    private readonly Lock _gate = new();
    private readonly int _limit;
    private readonly int _fd = -1;
    private readonly Thread _drain;
    private readonly byte[] _bytes = new byte[ReadBytes];
    private readonly char[] _chars = new char[ReadBytes + 4];
    private long _bytesRead;
    private bool _truncated;
    private bool _ended;

    /// <summary>Initializes a new instance of the <see cref="HostOutput"/> class and starts draining.</summary>
    /// <param name="stream">The host's standard error.</param>
    /// <param name="limit">How many characters to keep between two takes.</param>
    public HostOutput(Stream stream, int limit)
    {
        _stream = stream;
        _limit = limit;
        if (OperatingSystem.IsLinux() && stream is PipeStream pipe)
        {
            _fd = (int)pipe.SafePipeHandle.DangerousGetHandle();
        }

        _drain = new Thread(_fd >= 0 ? DrainPolling : DrainBlocking) { IsBackground = true, Name = "Looper host stderr" };
        _drain.Start();
    }

    /// <summary>Gets how many bytes the host has written to its standard error so far, as far as they were read.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Gets the last characters the host wrote, for error messages.</summary>
    /// <param name="wait">How long to wait for the host's last words once it ended.</param>
    /// <returns>The tail, trimmed.</returns>
    public string Tail(TimeSpan wait)
    {
        _drain.Join(wait);
        lock (_gate)
        {
            return _tail.ToString().Trim();
        }
    }

    /// <summary>Take what the host wrote since the last take.</summary>
    /// <returns>The text, capped, and whether some was dropped.</returns>
    public (string Text, bool Truncated) Take()
    {
        lock (_gate)
        {
            if (_fd >= 0 && !_ended)
            {
                ReadAvailable();
            }

            var taken = (_taken.ToString(), _truncated);
            _taken.Clear();
            _truncated = false;
            return taken;
        }
    }

    private void DrainPolling()
    {
        try
        {
            while (!_ended)
            {
                var poll = new PollFd { Fd = _fd, Events = PollIn };
                if (Poll(ref poll, 1, -1) < 0 && Marshal.GetLastPInvokeError() != 4)
                {
                    break;
                }

                lock (_gate)
                {
                    if (!ReadAvailable() && (poll.Revents & ~PollIn) != 0)
                    {
                        // Hung up (or failed) with nothing left to read: the host closed its end. (Readable with nothing to
                        // read means a take got there first.)
                        _ended = true;
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The host is gone.
        }

        lock (_gate)
        {
            _ended = true;
        }
    }

    /// <summary>Read what the pipe holds now, without blocking.</summary>
    /// <returns>Whether anything was read.</returns>
    private bool ReadAvailable()
    {
        var any = false;
        while (Ioctl(_fd, FionRead, out var available) == 0 && available > 0)
        {
            var read = _stream.Read(_bytes, 0, Math.Min(available, _bytes.Length));
            if (read <= 0)
            {
                _ended = true;
                break;
            }

            Append(read);
            any = true;
        }

        return any;
    }

    private void DrainBlocking()
    {
        try
        {
            int read;
            while ((read = _stream.Read(_bytes, 0, _bytes.Length)) > 0)
            {
                lock (_gate)
                {
                    Append(read);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The host is gone.
        }
    }

    private void Append(int bytes)
    {
        Interlocked.Add(ref _bytesRead, bytes);
        var count = _decoder.GetChars(_bytes, 0, bytes, _chars, 0);
        var text = _chars.AsSpan(0, count);
        _tail.Append(text.Length > TailChars ? text[^TailChars..] : text);
        if (_tail.Length > TailChars)
        {
            _tail.Remove(0, _tail.Length - TailChars);
        }

        var room = _limit - _taken.Length;
        if (text.Length > room)
        {
            _truncated = true;
            text = text[..Math.Max(room, 0)];
        }

        _taken.Append(text);
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollFd fds, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, uint request, out int value);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }
}
