using Looper.Host;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Output;

/// <summary>The host's writer for the learner's console turns a flood of short lines into a few large writes, and writes out only when asked or full.</summary>
[TestFixture]
public sealed class LearnerOutputTests
{
    [Test]
    public void A_flood_of_short_lines_reaches_standard_error_in_few_large_writes()
    {
        var stream = new CountingStream();
        var output = new LearnerOutput(stream);
        var line = new string('z', 79) + "\n";
        const int Lines = 1 << 14;

        for (var i = 0; i < Lines; i++)
        {
            output.Writer.Write(line);
        }

        output.Flush();

        Assert.Multiple(() =>
        {
            stream.Length.ShouldBe(Lines * line.Length);
            stream.Writes.ShouldBeLessThanOrEqualTo((Lines * line.Length / LearnerOutput.BufferChars) + 1);
        });
    }

    [Test]
    public void What_the_learner_wrote_stays_in_the_buffer_until_it_is_flushed()
    {
        var stream = new CountingStream();
        var output = new LearnerOutput(stream);

        output.Writer.Write("not yet");
        var early = stream.Length;
        output.Flush();

        early.ShouldBe(0);
        stream.Length.ShouldBe("not yet".Length);
    }

    [Test]
    public void Flushing_into_a_standard_error_that_is_gone_does_not_throw()
    {
        var stream = new CountingStream { Gone = true };
        var output = new LearnerOutput(stream);
        output.Writer.Write("lost");

        Should.NotThrow(output.Flush);
    }

    /// <summary>A write-only stream that counts its writes and bytes, or fails like a closed pipe.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public int Writes { get; private set; }

        public bool Gone { get; init; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Gone)
            {
                throw new IOException("Broken pipe");
            }

            Writes++;
            _length += buffer.Length;
        }
    }
}
