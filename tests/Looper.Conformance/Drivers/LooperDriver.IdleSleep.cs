namespace Looper.Conformance.Drivers;

/// <summary>
/// Drive the optional idle-sleep extension: an idle-sleeping looper with the suite's sleeper, and wake-up times (spec IDLE).
/// </summary>
internal sealed partial class LooperDriver
{
    private const string CreateIdleSleepingLooperMember = "IIdleSleepExtension.CreateIdleSleepingLooper";

    private SuiteSleeper? _sleeper;

    /// <summary>Gets the sleeper handed to an idle-sleeping looper; it moves <see cref="Clock"/> instead of sleeping.</summary>
    public SuiteSleeper Sleeper => _sleeper ??= new SuiteSleeper(Clock, Budget, Journal);

    /// <summary>Make the scenario's looper an idle-sleeping one, created through the extension (spec IDLE-1).</summary>
    /// <exception cref="InvalidOperationException">The scenario already used a looper.</exception>
    public void UseIdleSleepingLooper()
    {
        if (_looper is not null)
        {
            throw new InvalidOperationException("The scenario asks for an idle-sleeping looper after it used a looper; ask for it first.");
        }

        var extension = IdleSleepExtension();
        _looper = Call(CreateIdleSleepingLooperMember, () => extension.CreateIdleSleepingLooper(Clock, Logger, Sleeper));
    }

    /// <summary>Create an idle-sleeping looper with one argument left out, expecting the implementation may refuse (spec IDLE-1).</summary>
    /// <param name="argument"><c>time provider</c>, <c>logger</c> or <c>sleeper</c>.</param>
    public void AttemptIdleSleepingLooperWithout(string argument)
    {
        var extension = IdleSleepExtension();
        Attempt(() => extension.CreateIdleSleepingLooper(
            argument == "time provider" ? null! : Clock,
            argument == "logger" ? null! : Logger,
            argument == "sleeper" ? null! : Sleeper));
    }

    /// <summary>Turn a time since the scenario began into a wake-up time on the suite's clock.</summary>
    /// <param name="sinceStart">The virtual time since the scenario began.</param>
    /// <returns>The wake-up time.</returns>
    public DateTimeOffset WakeUpTime(TimeSpan sinceStart) => Clock.Start + sinceStart;

    /// <summary>Describe a future's wake-up time the way scenarios write it: <c>none</c> or seconds since the scenario began, such as <c>5 s</c>.</summary>
    /// <param name="future">The future.</param>
    /// <returns>The description.</returns>
    public string DescribeWakeUpTime(Future future) =>
        future.WakeAt == DateTimeOffset.MinValue ? "none" : $"{SuiteSleeper.Seconds(future.WakeAt - Clock.Start)} s";

    private IIdleSleepExtension IdleSleepExtension() =>
        _implementation as IIdleSleepExtension
        ?? throw Verdict.ExtensionMissing(_implementation.GetType().Name, nameof(IIdleSleepExtension));
}
