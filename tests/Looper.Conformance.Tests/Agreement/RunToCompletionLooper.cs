using Looper.Conformance.Tests.Drivers;

namespace Looper.Conformance.Tests.Agreement;

/// <summary>Runs each task to completion before it steps the next, instead of one step per task per round.</summary>
public sealed class RunToCompletionLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        foreach (var coroutine in Coroutines.ToList())
        {
            while (IsActionable(Records[coroutine]))
            {
                Step(coroutine);
            }
        }
    }
}

public sealed class RunToCompletionImplementation : HandWrittenImplementation<RunToCompletionLooper>;
