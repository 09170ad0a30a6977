using Looper.Protocol.Peering;
using NUnit.Framework;
using Shouldly;

namespace Looper.Remote.Tests.Protocol;

/// <summary>The hand-over between the thread that read a frame and its session: first in first out, a waiting taker woken by an item, a nudge or the end.</summary>
[TestFixture]
public sealed class InboxTests
{
    /// <summary>Only a guard against a hang of the code under test: every test here ends in microseconds when it passes.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [TestCase(0)]
    [TestCase(40)]
    public void Items_come_out_in_the_order_they_went_in(int spins)
    {
        var inbox = new Inbox<int>(spins);

        inbox.TryAdd(1).ShouldBeTrue();
        inbox.TryAdd(2).ShouldBeTrue();
        inbox.TryAdd(3).ShouldBeTrue();

        Take(inbox).ShouldBe((true, 1));
        Take(inbox).ShouldBe((true, 2));
        Take(inbox).ShouldBe((true, 3));
    }

    [TestCase(0)]
    [TestCase(40)]
    public async Task A_taker_waiting_on_an_empty_inbox_gets_the_item_added_later(int spins)
    {
        var inbox = new Inbox<int>(spins);
        var taker = StartTaking(inbox);

        inbox.TryAdd(7).ShouldBeTrue();

        (await taker.WaitAsync(Guard)).ShouldBe((true, 7));
    }

    [TestCase(0)]
    [TestCase(40)]
    public async Task Completing_wakes_a_waiting_taker_with_nothing(int spins)
    {
        var inbox = new Inbox<int>(spins);
        var taker = StartTaking(inbox);

        inbox.Complete();

        (await taker.WaitAsync(Guard)).ShouldBe((false, 0));
    }

    [Test]
    public void After_completing_the_items_already_in_are_taken_and_new_ones_refused()
    {
        var inbox = new Inbox<int>(10);
        inbox.TryAdd(1).ShouldBeTrue();
        inbox.TryAdd(2).ShouldBeTrue();

        inbox.Complete();

        inbox.TryAdd(3).ShouldBeFalse();
        Take(inbox).ShouldBe((true, 1));
        Take(inbox).ShouldBe((true, 2));
        Take(inbox).ShouldBe((false, 0));
    }

    [Test]
    public async Task Every_item_of_a_busy_writer_reaches_a_taker_once_and_in_order()
    {
        const int Count = 100_000;
        var inbox = new Inbox<int>(10);
        var taker = Task.Factory.StartNew(
            () =>
            {
                var taken = new List<int>(Count);
                while (inbox.TryTake(out var item))
                {
                    taken.Add(item);
                }

                return taken;
            },
            TaskCreationOptions.LongRunning);

        for (var item = 0; item < Count; item++)
        {
            inbox.TryAdd(item).ShouldBeTrue();
        }

        inbox.Complete();

        (await taker.WaitAsync(Guard)).ShouldBe(Enumerable.Range(0, Count));
    }

    [Test]
    public void Taking_now_from_an_empty_inbox_gives_nothing_without_waiting()
    {
        var inbox = new Inbox<int>(40);

        inbox.TryTakeNow(out _).ShouldBeFalse();
        inbox.TryAdd(5).ShouldBeTrue();
        inbox.TryTakeNow(out var item).ShouldBeTrue();
        item.ShouldBe(5);
        inbox.TryTakeNow(out _).ShouldBeFalse();
    }

    [TestCase(0)]
    [TestCase(40)]
    public async Task A_nudge_ends_a_wait_though_no_item_came(int spins)
    {
        var inbox = new Inbox<int>(spins);
        var waiter = StartWaiting(inbox);

        inbox.Nudge();

        await waiter.WaitAsync(Guard);
        inbox.TryTakeNow(out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_nudge_given_before_the_wait_is_not_lost()
    {
        var inbox = new Inbox<int>(10);

        inbox.Nudge();

        await Task.Run(inbox.Wait).WaitAsync(Guard);
        inbox.TryTakeNow(out _).ShouldBeFalse();
    }

    [TestCase(0)]
    [TestCase(40)]
    public async Task A_wait_ends_when_an_item_comes_and_leaves_it_to_be_taken(int spins)
    {
        var inbox = new Inbox<int>(spins);
        var waiter = StartWaiting(inbox);

        inbox.TryAdd(3).ShouldBeTrue();

        await waiter.WaitAsync(Guard);
        inbox.TryTakeNow(out var item).ShouldBeTrue();
        item.ShouldBe(3);
    }

    [Test]
    public async Task Completing_ends_a_wait()
    {
        var inbox = new Inbox<int>(10);
        var waiter = StartWaiting(inbox);

        inbox.Complete();

        await waiter.WaitAsync(Guard);
        inbox.IsCompleted.ShouldBeTrue();
    }

    private static (bool Taken, int Item) Take(Inbox<int> inbox) => inbox.TryTake(out var item) ? (true, item) : (false, item);

    /// <summary>Start a thread that waits once, and return once it is about to.</summary>
    private static Task StartWaiting(Inbox<int> inbox)
    {
        using var started = new ManualResetEventSlim();
        var waiter = Task.Factory.StartNew(() => { started.Set(); inbox.Wait(); }, TaskCreationOptions.LongRunning);
        started.Wait(Guard).ShouldBeTrue();
        return waiter;
    }

    /// <summary>Start a thread that takes one item, and return once it is about to.</summary>
    private static Task<(bool Taken, int Item)> StartTaking(Inbox<int> inbox)
    {
        using var started = new ManualResetEventSlim();
        var taker = Task.Factory.StartNew(() => { started.Set(); return Take(inbox); }, TaskCreationOptions.LongRunning);
        started.Wait(Guard).ShouldBeTrue();
        return taker;
    }
}
