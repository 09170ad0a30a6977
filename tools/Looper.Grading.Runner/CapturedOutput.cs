using System.Text;
using Looper.Grading.Running;

namespace Looper.Grading.Runner;

/// <summary>
/// Stand in for the console while a scenario runs, keeping what the submission prints up to a limit.
/// </summary>
internal sealed class CapturedOutput(int limit) : TextWriter
{
    private readonly CappedText _text = new(limit);

    public override Encoding Encoding => Encoding.UTF8;

    public bool Truncated => _text.Truncated;

    public override void Write(char value) => _text.Append([value]);

    public override void Write(string? value) => _text.Append(value);

    public override void Write(char[] buffer, int index, int count) => _text.Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => _text.Append(buffer);

    public override string ToString() => _text.ToString();
}
