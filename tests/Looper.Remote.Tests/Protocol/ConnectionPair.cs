using System.IO.Pipes;
using Looper.Protocol.Peering;

namespace Looper.Remote.Tests.Protocol;

/// <summary>A judge and a host connected by two in-process OS pipes, for tests of the protocol without a second process.</summary>
internal sealed class ConnectionPair : IDisposable
{
    private readonly List<Stream> _streams = [];
    private Stream _judgeOutput = Stream.Null;

    private ConnectionPair()
    {
    }

    /// <summary>Gets the judge's end.</summary>
    public Connection Judge { get; private set; } = null!;

    /// <summary>Gets the host's end, or null when a test plays the host by hand.</summary>
    public Connection? Host { get; private set; }

    /// <summary>Gets the stream a hand-played host reads the judge's frames from.</summary>
    public Stream HostInput { get; private set; } = Stream.Null;

    /// <summary>Gets the stream a hand-played host writes its frames to.</summary>
    public Stream HostOutput { get; private set; } = Stream.Null;

    /// <summary>Connect a judge to a host serving new instances of an implementation.</summary>
    /// <param name="implementations">Makes the implementation of each session.</param>
    /// <returns>The pair, both ends started.</returns>
    public static ConnectionPair Start(Func<ILooperImplementation> implementations)
    {
        var pair = Raw();
        pair.Host = new Connection(Side.Host, pair.HostInput, pair.HostOutput) { Implementations = implementations, ImplementationName = "Test" };
        pair.Host.Start();
        return pair;
    }

    /// <summary>Connect a judge to nothing: the test writes the host's frames itself.</summary>
    /// <returns>The pair, the judge's end started.</returns>
    public static ConnectionPair Raw()
    {
        var pair = new ConnectionPair();
        var toHost = new AnonymousPipeServerStream(PipeDirection.Out);
        var hostIn = new AnonymousPipeClientStream(PipeDirection.In, toHost.ClientSafePipeHandle);
        var toJudge = new AnonymousPipeServerStream(PipeDirection.Out);
        var judgeIn = new AnonymousPipeClientStream(PipeDirection.In, toJudge.ClientSafePipeHandle);
        pair._streams.AddRange([toHost, hostIn, toJudge, judgeIn]);
        pair.HostInput = hostIn;
        pair.HostOutput = toJudge;
        pair._judgeOutput = toHost;
        pair.Judge = new Connection(Side.Judge, judgeIn, toHost);
        pair.Judge.Start();
        return pair;
    }

    /// <summary>Cut the host's outgoing pipe, as if the host process died.</summary>
    public void CutHost() => HostOutput.Dispose();

    /// <summary>Cut the judge's outgoing pipe, as if the judge went away.</summary>
    public void CutJudge() => _judgeOutput.Dispose();

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }
    }
}
