namespace Looper.Conformance.Tests.Drivers;

/// <summary>Looks tasks up with the dictionary's indexer, which throws for a coroutine never added.</summary>
public sealed class IndexerLooper : HandWrittenLooper
{
    public override Future? GetTask(IEnumerator<Future> coroutine) => Records[coroutine];

    public override void RunUntilComplete()
    {
    }
}

public sealed class IndexerLooperImplementation : HandWrittenImplementation<IndexerLooper>;
