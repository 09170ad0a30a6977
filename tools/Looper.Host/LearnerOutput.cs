using System.Text;

namespace Looper.Host;

/// <summary>The writer behind the learner's <see cref="Console.Out"/> and <see cref="Console.Error"/>: a large buffer on standard error, emptied before every frame the host sends (spec/protocol.md, PROTO-22).</summary>
/// <remarks>
/// .NET's own console writer flushes every 256 characters, so a flood of output becomes hundreds of thousands of tiny
/// writes and as many wake-ups of the judge's drain. This one writes only when its buffer is full, when the learner's code
/// flushes, before the host sends a frame, every <see cref="FlushPeriod"/> (so a loop that prints and never calls still
/// shows its last words before the judge stops it), and when the process ends or an exception goes unhandled. A host
/// killed outright (stack overflow, fail-fast, a signal) loses what was still in the buffer.
/// </remarks>
internal sealed class LearnerOutput : IDisposable
{
    /// <summary>How many characters the buffer holds before it is written.</summary>
    public const int BufferChars = 64 * 1024;

    /// <summary>How often the host writes out what the buffer holds, whatever else happens.</summary>
    public static readonly TimeSpan FlushPeriod = TimeSpan.FromMilliseconds(250);

    private Timer? _timer;

    /// <summary>Initializes a new instance of the <see cref="LearnerOutput"/> class.</summary>
    /// <param name="stream">Where the output goes: the host's standard error.</param>
    public LearnerOutput(Stream stream)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(false), BufferChars, leaveOpen: true) { AutoFlush = false };
        Writer = TextWriter.Synchronized(writer);
    }

    /// <summary>Gets the thread-safe writer to hand the learner's code.</summary>
    public TextWriter Writer { get; }

    /// <summary>Point <see cref="Console.Out"/> and <see cref="Console.Error"/> at a new buffer on standard error, written out periodically and when the process ends.</summary>
    /// <returns>The output, whose <see cref="Flush"/> the host calls before each frame.</returns>
    public static LearnerOutput Install()
    {
        var output = new LearnerOutput(Console.OpenStandardError());
        Console.SetOut(output.Writer);
        Console.SetError(output.Writer);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => output.Flush();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => output.Flush();
        output._timer = new Timer(_ => output.Flush(), null, FlushPeriod, FlushPeriod);
        return output;
    }

    /// <summary>Write out whatever the buffer holds; a standard error that is gone is ignored.</summary>
    public void Flush()
    {
        try
        {
            Writer.Flush();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // Nobody reads standard error any more: nothing to keep it for.
        }
    }

    /// <summary>Stop the periodic writes and write out what is left; the writer stays usable.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        Flush();
    }
}
