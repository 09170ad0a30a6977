using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Remote.Tests.Submissions;

/// <summary>A correct submission that prints without ever flushing: a word when it makes a looper, a flood of short lines and a last word when it makes a wait.</summary>
public sealed class FloodingImplementation : ILooperImplementation
{
    /// <summary>What it prints when it makes a looper.</summary>
    public const string LooperWord = "made a looper";

    /// <summary>The last line it prints when it makes a wait, after the flood.</summary>
    public const string LastWord = "end of the flood";

    /// <summary>How many bytes the flood holds.</summary>
    public const int FloodBytes = 4 * 1024 * 1024;

    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        Console.Out.Write(LooperWord);
        return _reference.CreateLooper(timeProvider, logger);
    }

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var line = new string('f', 79) + "\n";
        for (var written = 0; written < FloodBytes; written += line.Length)
        {
            Console.Error.Write(line);
        }

        Console.Error.Write(LastWord);
        return _reference.CreateWait(duration, timeProvider, logger);
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);
}
