using System.IO.Pipes;
using System.Text;
using Looper.Grading.Protocol;

namespace Looper.Grading.Runner;

/// <summary>
/// Write runner messages to the grader's named pipe, one line each, flushed at once so a crash loses nothing already said.
/// </summary>
internal sealed class ResultChannel : IAsyncDisposable
{
    private const int ConnectTimeoutMilliseconds = 30_000;

    private readonly NamedPipeClientStream _pipe;
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    private ResultChannel(NamedPipeClientStream pipe)
    {
        _pipe = pipe;
        _writer = new StreamWriter(pipe, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true, NewLine = "\n" };
    }

    public static async Task<ResultChannel> ConnectAsync(string pipeName)
    {
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.Out, PipeOptions.Asynchronous);
        await pipe.ConnectAsync(ConnectTimeoutMilliseconds);
        return new ResultChannel(pipe);
    }

    public void Send(RunnerMessage message)
    {
        lock (_gate)
        {
            _writer.WriteLine(message.ToLine());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _pipe.DisposeAsync();
    }
}
