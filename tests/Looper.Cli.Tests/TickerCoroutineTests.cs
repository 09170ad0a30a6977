using Looper.Cli.Demo;
using Microsoft.Extensions.Time.Testing;

namespace Looper.Cli.Tests;

public sealed class TickerCoroutineTests
{
    [Test]
    public void Each_step_advances_the_clock_by_one_tick_until_the_ticker_finishes()
    {
        var clock = new FakeTimeProvider();
        var start = clock.GetUtcNow();
        using var ticker = TickerCoroutine.Create(clock, TimeSpan.FromMilliseconds(250), steps: 3);

        var seen = new List<(Future Future, TimeSpan Elapsed)>();
        while (ticker.MoveNext())
        {
            seen.Add((ticker.Current, clock.GetUtcNow() - start));
        }

        seen.ShouldBe(
        [
            (Future.InProgress, TimeSpan.FromMilliseconds(250)),
            (Future.InProgress, TimeSpan.FromMilliseconds(500)),
            (Future.InProgress, TimeSpan.FromMilliseconds(750)),
            (Future.Finished(null), TimeSpan.FromMilliseconds(750)),
        ]);
    }

    [TestCase(10_000, 250, 44)]
    [TestCase(10_000, 3_000, 8)]
    [TestCase(0, 250, 4)]
    public void Steps_cover_the_span_plus_the_slack(int spanMilliseconds, int tickMilliseconds, int expected)
    {
        TickerCoroutine.StepsToCover(TimeSpan.FromMilliseconds(spanMilliseconds), TimeSpan.FromMilliseconds(tickMilliseconds))
            .ShouldBe(expected);
    }

    [Test]
    public void A_tick_of_zero_is_refused_when_the_ticker_is_created()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TickerCoroutine.Create(new FakeTimeProvider(), TimeSpan.Zero, steps: 1));
    }
}
