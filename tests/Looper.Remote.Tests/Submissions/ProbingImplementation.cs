using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Looper.Remote.Tests.Submissions;

/// <summary>A submission that looks around its process and reports what it found as the message of the exception its <see cref="CreateLooper"/> throws.</summary>
public sealed class ProbingImplementation : ILooperImplementation
{
    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger)
    {
        var uid = File.ReadLines("/proc/self/status").First(line => line.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
        var secret = Environment.GetEnvironmentVariable(Sandbox.SandboxRun.SecretName) ?? "absent";
        var writable = CanWrite(AppContext.BaseDirectory) ? "writable" : "read-only";
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"uid={uid} pid={Environment.ProcessId} secret={secret} bin={writable}"));
    }

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotSupportedException();

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) => throw new NotSupportedException();

    private static bool CanWrite(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, $"probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "x");
            File.Delete(probe);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
