using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Give scenarios a virtual clock that only moves when told, can be turned back, can be made to fail, and counts every read.
/// </summary>
/// <remarks>
/// Built on <see cref="FakeTimeProvider"/>. <see cref="TimeProvider.GetUtcNow"/> and <see cref="TimeProvider.GetTimestamp"/>
/// always agree, so an implementation may read either. Turning the clock back (spec WAIT-8) is an offset on top of
/// the fake clock, which itself cannot go back.
/// </remarks>
internal sealed class SuiteClock : FakeTimeProvider
{
    private readonly StepBudget _budget;
    private readonly DateTimeOffset _start;
    private TimeSpan _turnedBack;
    private TimeSpan? _breaksAt;

    /// <summary>Initializes a new instance of the <see cref="SuiteClock"/> class at virtual time zero.</summary>
    /// <param name="budget">The budget each read is counted against.</param>
    public SuiteClock(StepBudget budget)
    {
        _budget = budget;
        _start = base.GetUtcNow();
    }

    /// <summary>Gets the virtual time since the scenario began, as the clock reports it.</summary>
    public TimeSpan Now => base.GetUtcNow() - _start - _turnedBack;

    /// <summary>Gets how many times the clock was read.</summary>
    public int Reads { get; private set; }

    /// <summary>Move the clock forward to <paramref name="time"/> since the scenario began.</summary>
    /// <param name="time">The virtual time to reach; it cannot be earlier than <see cref="Now"/>.</param>
    public void AdvanceTo(TimeSpan time)
    {
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"The clock already shows {Now.TotalSeconds} s; use 'the clock is turned back' to go back.");
        }

        Advance(time - Now);
    }

    /// <summary>Turn the clock back by <paramref name="amount"/>, as a wall clock might be (spec WAIT-8).</summary>
    /// <param name="amount">How far back.</param>
    public void TurnBack(TimeSpan amount) => _turnedBack += amount;

    /// <summary>Make every read at or after <paramref name="time"/> throw <see cref="ClockFailedException"/>.</summary>
    /// <param name="time">The virtual time from which reads fail.</param>
    public void FailFrom(TimeSpan time) => _breaksAt = time;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        Read();
        return base.GetUtcNow() - _turnedBack;
    }

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        Read();
        return (base.GetUtcNow() - _turnedBack).UtcTicks;
    }

    private void Read()
    {
        _budget.Spend("clock read");
        Reads++;
        if (Now >= _breaksAt)
        {
            throw new ClockFailedException(string.Create(CultureInfo.InvariantCulture, $"the clock failed at {Now.TotalSeconds} s, as the scenario asked"));
        }
    }
}

/// <summary>
/// Signal that the scenario made the clock fail on purpose.
/// </summary>
internal sealed class ClockFailedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ClockFailedException"/> class.</summary>
    public ClockFailedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClockFailedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ClockFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClockFailedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClockFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
