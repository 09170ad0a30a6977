using Looper.Protocol.Proxies;
using Looper.Reference;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>Errors cross with their type and message: a standard .NET type as itself, any other as a <see cref="RemoteException"/> of the same simple name.</summary>
[TestFixture]
public sealed class ExceptionCrossingTests
{
    [Test]
    public void A_standard_exception_of_the_host_is_thrown_here_with_its_type_and_message()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);
        var inProcess = Should.Throw<ArgumentOutOfRangeException>(() => new ReferenceLooperImplementation().CreateWait(TimeSpan.FromSeconds(-1), new FakeTimeProvider(), NullLogger.Instance));

        var remote = Should.Throw<ArgumentOutOfRangeException>(() => implementation.CreateWait(TimeSpan.FromSeconds(-1), new FakeTimeProvider(), NullLogger.Instance));

        remote.Message.ShouldBe(inProcess.Message);
    }

    [Test]
    public void An_exception_type_only_the_host_knows_arrives_as_a_remote_exception_naming_it()
    {
        using var pair = ConnectionPair.Start(() => new FailingImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);

        var remote = Should.Throw<RemoteException>(() => implementation.CreateLooper(new FakeTimeProvider(), NullLogger.Instance));

        remote.RemoteType.ShouldBe(typeof(SubmissionFaultException).FullName);
        remote.GetType().Name.ShouldBe(nameof(SubmissionFaultException));
        remote.Message.ShouldBe("the submission's own failure");
    }

    [Test]
    public void A_null_argument_reaches_the_host_as_null()
    {
        using var pair = ConnectionPair.Start(() => new ReferenceLooperImplementation());
        using var implementation = new RemoteLooperImplementation(pair.Judge);

        Should.Throw<ArgumentNullException>(() => implementation.CreateLooper(null!, NullLogger.Instance)).Message.ShouldContain("timeProvider");
    }

    private sealed class SubmissionFaultException(string message) : Exception(message);

    private sealed class FailingImplementation : ILooperImplementation
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new SubmissionFaultException("the submission's own failure");

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotSupportedException();

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) => throw new NotSupportedException();
    }
}
