namespace Looper.Conformance.Tests.Drivers;

/// <summary>Loops while tasks remain instead of while one is actionable: once every task has finished it spins without stepping anything.</summary>
public sealed class FrozenLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Count > 0 && !Released)
        {
            foreach (var coroutine in Coroutines.Where(coroutine => IsActionable(Records[coroutine])).ToList())
            {
                Step(coroutine);
            }
        }
    }
}

/// <summary>Steps every task every round, whatever its state, and swallows whatever a step throws: the budget's exception too.</summary>
public sealed class CatchAllLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Count > 0 && !Released)
        {
            foreach (var coroutine in Coroutines)
            {
                try
                {
                    Step(coroutine);
                }
                catch (Exception)
                {
                    // The mistake under test: the task neither fails nor stops.
                }
            }
        }
    }
}

public sealed class FrozenLooperImplementation : HandWrittenImplementation<FrozenLooper>;

/// <summary>The same frozen looper under another type, so that its abandoned calls are counted apart.</summary>
public sealed class FrozenAgainLooperImplementation : HandWrittenImplementation<FrozenLooper>;

/// <summary>The same frozen looper under a third type, used to reach the limit of abandoned calls.</summary>
public sealed class FrozenToTheLimitLooperImplementation : HandWrittenImplementation<FrozenLooper>;

public sealed class CatchAllLooperImplementation : HandWrittenImplementation<CatchAllLooper>;
