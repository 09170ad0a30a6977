using Looper.Protocol;
using Looper.Protocol.Peering;
using Looper.Protocol.Wire;
using Looper.Reference;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>The host holds the judge to the protocol as well: a version it does not speak is an error, an unknown operation closes the channel both ways.</summary>
[TestFixture]
public sealed class ViolationTests
{
    [Test]
    public void A_hello_in_another_version_is_refused_with_a_reason()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());

        Should.Throw<NotSupportedException>(() => pair.Judge.Control.Call(Operations.Hello, ProtocolVersion.Current + 1))
            .Message.ShouldContain($"speaks protocol version {ProtocolVersion.Current} only");
        pair.Judge.SayHello().ShouldBe("Test");
    }

    [Test]
    public void An_unknown_operation_breaks_the_channel_on_both_sides()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());

        var failure = Should.Throw<ChannelBrokenException>(() => pair.Judge.Control.Call("looper.cheat"));

        failure.Message.ShouldContain("the other side closed the channel");
        pair.Host.ShouldNotBeNull().Failure.ShouldNotBeNull().Message.ShouldContain("does not serve 'looper.cheat'");
    }
}
