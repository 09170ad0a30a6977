using Looper.Conformance.Tests.Drivers;

namespace Looper.Conformance.Tests.Agreement;

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

public sealed class NeverAdmitsImplementation : HandWrittenImplementation<NeverAdmitsLooper>;
