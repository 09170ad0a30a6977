using System.Globalization;

namespace Looper.Grading.Running;

/// <summary>
/// Tell, at the end of each scenario-limit period, whether a host that is serving a scenario still shows signs of life: a
/// frame on the channel, or output on its standard error within a fixed allowance (spec/protocol.md, PROTO-23).
/// </summary>
/// <remarks>
/// A frame always counts. Output counts only while the scenario's output is under <see cref="OutputAllowance"/>, and for at
/// most <see cref="OutputPeriods"/> periods in which the host sent no frame, so a flood that ends is never taken for a hang,
/// while an endless flood, or a trickle of output, is stopped after a bounded time. The verdict depends on what the host
/// wrote and sent, never on how fast it did so, as long as each period sees some of it.
/// </remarks>
/// <param name="frames">Reads how many frames the host has sent so far.</param>
/// <param name="outputBytes">Reads how many bytes of standard error the judge has read from the host so far.</param>
internal sealed class SignsOfLife(Func<long> frames, Func<long> outputBytes)
{
    /// <summary>How many bytes of standard error per scenario count as signs of life: four times the corpus's 64 MB flood.</summary>
    public const long OutputAllowance = 256L * 1024 * 1024;

    /// <summary>How many periods without a frame output can carry per scenario.</summary>
    public const int OutputPeriods = 3;

    private readonly long _outputAtStart = outputBytes();
    private long _frames = frames();
    private long _output;

    /// <summary>Gets how many bytes of output the host wrote during the scenario so far, as of the last <see cref="Moved"/>.</summary>
    public long Output { get; private set; }

    /// <summary>Gets how many periods were carried by output alone.</summary>
    public int PeriodsCarriedByOutput { get; private set; }

    /// <summary>Tell whether the host showed a sign of life since the last call (or since this watch was made).</summary>
    /// <returns>True when it sent a frame, or wrote output that still counts.</returns>
    public bool Moved()
    {
        var nowFrames = frames();
        Output = outputBytes() - _outputAtStart;
        var counted = Math.Min(Output, OutputAllowance);
        var framesMoved = nowFrames != _frames;
        var outputMoved = counted != _output;
        (_frames, _output) = (nowFrames, counted);
        if (framesMoved)
        {
            return true;
        }

        if (outputMoved && PeriodsCarriedByOutput < OutputPeriods)
        {
            PeriodsCarriedByOutput++;
            return true;
        }

        return false;
    }

    /// <summary>Say, for a host that was stopped, how its output counted, when it wrote enough for that to matter.</summary>
    /// <param name="period">The scenario time limit, one period of the net.</param>
    /// <returns>A sentence starting with a space, or an empty string when output played no part.</returns>
    public string OutputNote(TimeSpan period) => PeriodsCarriedByOutput == 0 && Output < OutputAllowance
        ? string.Empty
        : string.Create(
            CultureInfo.InvariantCulture,
            $" It wrote {Output / (1024.0 * 1024):0.#} MiB of output during the scenario; output keeps a scenario going for at most {OutputPeriods} periods of {period.TotalSeconds:0.###} s without a call to the suite, and only its first {OutputAllowance / (1024 * 1024)} MiB count.");
}
