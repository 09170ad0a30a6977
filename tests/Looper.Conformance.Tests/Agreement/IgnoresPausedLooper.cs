using Looper.Conformance.Tests.Drivers;

namespace Looper.Conformance.Tests.Agreement;

/// <summary>Steps paused tasks as if they were actionable.</summary>
public sealed class IgnoresPausedLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        while (Coroutines.Any(coroutine => Actionable(Records[coroutine])))
        {
            foreach (var coroutine in Coroutines.ToList().Where(coroutine => Actionable(Records[coroutine])))
            {
                Step(coroutine);
            }
        }
    }

    private static bool Actionable(Future record) => record.Status is FutureStatus.Pending or FutureStatus.InProgress && !record.Kill;
}

public sealed class IgnoresPausedImplementation : HandWrittenImplementation<IgnoresPausedLooper>;
