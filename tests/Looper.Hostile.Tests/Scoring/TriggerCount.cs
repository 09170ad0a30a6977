namespace Looper.Hostile.Tests;

/// <summary>Count how often the cases' looper met its trigger in this process.</summary>
internal static class TriggerCount
{
    private static int _value;

    public static int Value => Volatile.Read(ref _value);

    public static void Reset() => Volatile.Write(ref _value, 0);

    public static void Hit() => Interlocked.Increment(ref _value);
}
