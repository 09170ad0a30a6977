using System.Globalization;
using Looper.Conformance.Drivers;

namespace Looper.Conformance.Tests.Drivers;

/// <summary>Check the safety net behind the step budget: calls run on a thread of their own, keep what they need, and are abandoned after the timeout.</summary>
public sealed class RunGuardTests
{
    [Test]
    public void A_call_runs_on_a_thread_of_its_own_and_is_told_which()
    {
        var told = 0;
        var seen = 0;

        new RunGuard().Run(thread =>
        {
            told = thread;
            seen = Environment.CurrentManagedThreadId;
        }, new StepBudget { Limit = 10 });

        told.ShouldBe(seen);
        told.ShouldNotBe(Environment.CurrentManagedThreadId);
    }

    [Test]
    public void What_the_call_throws_comes_back_unchanged()
    {
        var thrown = new InvalidOperationException("from the call");

        var caught = Should.Throw<InvalidOperationException>(() => new RunGuard().Run(_ => throw thrown, new StepBudget { Limit = 10 }));

        caught.ShouldBeSameAs(thrown);
    }

    [Test]
    public void The_call_sees_the_culture_of_the_scenario()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            string? seen = null;
            new RunGuard().Run(_ => seen = CultureInfo.CurrentCulture.Name, new StepBudget { Limit = 10 });

            seen.ShouldBe("de-DE");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void An_abandoned_call_stops_the_budget_so_its_next_request_fails()
    {
        var budget = new StepBudget { Limit = 10 };
        using var release = new ManualResetEventSlim();

        // The call blocks until released, far past the timeout; whatever it throws afterwards stays on its own thread.
        Should.Throw<ReturnTimeoutException>(() => new RunGuard { Timeout = TimeSpan.FromMilliseconds(50) }.Run(
            _ => release.Wait(),
            budget));

        Should.Throw<StepBudgetExceededException>(() => budget.Spend("clock read"));
        release.Set();
    }

    [Test]
    public void The_timeout_comes_from_the_test_parameter_or_defaults_to_ten_seconds()
    {
        ReturnTimeout.Parse(null).ShouldBe(TimeSpan.FromSeconds(10));
        ReturnTimeout.Parse("2.5").ShouldBe(TimeSpan.FromSeconds(2.5));
        Should.Throw<ArgumentException>(() => ReturnTimeout.Parse("soon")).Message.ShouldStartWith("The test parameter LooperReturnTimeoutSeconds is \"soon\"; set it to a positive number of seconds");
        Should.Throw<ArgumentException>(() => ReturnTimeout.Parse("0"));
    }
}
