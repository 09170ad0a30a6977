using System.Text;
using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Remote.Tests.Submissions;

/// <summary>A correct submission that writes forged protocol frames to every standard stream it can reach and reads standard input.</summary>
public sealed class NoisyImplementation : ILooperImplementation
{
    /// <summary>A line that would be a valid answer if it reached the judge's channel.</summary>
    public const string Forged = "{\"s\":1,\"r\":2,\"v\":\"forged\"}\n";

    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        Shout();
        return _reference.CreateLooper(timeProvider, logger);
    }

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        Shout();
        return _reference.CreateWait(duration, timeProvider, logger);
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);

    private static void Shout()
    {
        Console.Out.Write(Forged);
        Console.Out.Flush();
        using (var standardOutput = Console.OpenStandardOutput())
        {
            standardOutput.Write(Encoding.UTF8.GetBytes(Forged));
        }

        if (File.Exists("/proc/self/fd/1"))
        {
            File.AppendAllText("/proc/self/fd/1", Forged);
        }

        _ = Console.In.ReadLine();
        using var standardInput = Console.OpenStandardInput();
        _ = standardInput.Read(new byte[64]);
    }
}
