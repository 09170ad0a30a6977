using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Submissions.Hostile;

/// <summary>
/// The reference, except that every wait it creates first prints control characters and a lone surrogate, and then throws:
/// a wait of 1.5 seconds with a message of 10 million characters, every other wait with control characters, a lone
/// surrogate and an escape sequence in its message. Reports of it must still validate and stay under their caps.
/// </summary>
public sealed class HostileLooperImplementation : ILooperImplementation
{
    private const string Nasty = "bell \u0007 nul \u0000 one \u0001 escape \u001b[31m lone \ud800 low \udc00 form \u000c ]]> </failure> \"quoted\" & <tag>";

    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        Console.Write(Nasty);
        Console.Write(new string('x', 10_000_000));
        throw new InvalidOperationException(duration == TimeSpan.FromSeconds(1.5) ? "\u0001" + new string('x', 10_000_000) : Nasty);
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
