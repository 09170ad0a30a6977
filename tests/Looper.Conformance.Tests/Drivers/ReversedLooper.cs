namespace Looper.Conformance.Tests.Drivers;

/// <summary>Steps each round's tasks newest first.</summary>
public sealed class ReversedLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Any(coroutine => IsActionable(Records[coroutine])))
        {
            foreach (var coroutine in Coroutines.Reverse().ToList())
            {
                if (IsActionable(Records[coroutine]))
                {
                    Step(coroutine);
                }
            }
        }
    }
}

public sealed class ReversedLooperImplementation : HandWrittenImplementation<ReversedLooper>;
