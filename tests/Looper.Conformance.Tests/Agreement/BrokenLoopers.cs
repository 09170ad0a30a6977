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

/// <summary>Admits the tasks added while it runs only when a run starts, never between rounds.</summary>
public sealed class NeverAdmitsLooper : HandWrittenLooper
{
    public override void RunUntilComplete()
    {
        var admitted = Coroutines.ToList();
        while (admitted.Any(coroutine => IsActionable(Records[coroutine])))
        {
            foreach (var coroutine in admitted.Where(coroutine => IsActionable(Records[coroutine])).ToList())
            {
                Step(coroutine);
            }
        }
    }
}

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

public sealed class RunToCompletionImplementation : HandWrittenImplementation<RunToCompletionLooper>;

public sealed class NeverAdmitsImplementation : HandWrittenImplementation<NeverAdmitsLooper>;

public sealed class IgnoresPausedImplementation : HandWrittenImplementation<IgnoresPausedLooper>;

public sealed class ReversedAgainImplementation : HandWrittenImplementation<ReversedLooper>;

public sealed class IndexerAgainImplementation : HandWrittenImplementation<IndexerLooper>;
