using Looper.Conformance.Drivers;
using Microsoft.Extensions.Logging;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Check how failures in learner code are attributed to members of the contract and to spec sections.</summary>
public sealed class ContractMembersTests
{
    [Test]
    public void An_exception_thrown_in_a_member_names_that_member()
    {
        var exception = Should.Throw<NotImplementedException>(() => new StagedLooper().KillTask(Enumerable.Empty<Future>().GetEnumerator()));

        ContractMembers.Find(exception).ShouldBe("ILooper.KillTask");
    }

    [Test]
    public void An_exception_thrown_by_a_coroutine_names_the_factory_that_made_it()
    {
        var wait = new StagedImplementation().CreateWait(TimeSpan.Zero, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        wait.MoveNext().ShouldBeTrue();
        var exception = Should.Throw<NotImplementedException>(() => wait.MoveNext());

        ContractMembers.Find(exception).ShouldBe("the coroutine of ILooperImplementation.CreateWait");
        ContractMembers.SectionsOf("the coroutine of ILooperImplementation.CreateWait").ShouldBe("section 2 (WAIT)");
    }

    [Test]
    public void An_exception_of_the_suite_itself_names_no_member() =>
        ContractMembers.Find(new InvalidOperationException()).ShouldBeNull();

    [Test]
    public void Where_names_the_learner_type_method_and_line()
    {
        var exception = Should.Throw<NotImplementedException>(() => new StagedLooper().KillTask(Enumerable.Empty<Future>().GetEnumerator()));

        ContractMembers.Where(exception, typeof(StagedLooper).Assembly).ShouldStartWith("at StagedLooper.KillTask (ContractMembersTests.cs:line ");
    }

    [TestCase(null, "see spec section 6 (KILL)")]
    [TestCase("The method or operation is not implemented.", "see spec section 6 (KILL)")]
    [TestCase("ILooper.KillTask: see spec section 6 (KILL) after lunch.", "see spec section 6 (KILL) after lunch")]
    [TestCase("later", "see spec section 6 (KILL) (it says: later)")]
    public void The_advice_for_a_stub_prefers_the_stubs_own_words(string? message, string advice) =>
        NotImplementedAdvice.For("ILooper.KillTask", message).ShouldBe(advice);

    [Test]
    public void A_member_the_suite_does_not_know_points_at_the_spec() =>
        NotImplementedAdvice.For("Something.Else", null).ShouldBe("see spec/looper-spec.md");

    private sealed class StagedLooper : ILooper
    {
        public void AddTask(IEnumerator<Future> coroutine)
        {
        }

        public void RunUntilComplete()
        {
        }

        public Future? GetTask(IEnumerator<Future> coroutine) => null;

        public void KillTask(IEnumerator<Future> coroutine) => throw new NotImplementedException();
    }

    private sealed class StagedImplementation : ILooperImplementation
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => new StagedLooper();

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
        {
            yield return Future.InProgress;
            throw new NotImplementedException();
        }

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
            throw new NotImplementedException();
    }
}
