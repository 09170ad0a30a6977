using Looper.Reference;
using Microsoft.Extensions.Logging;

namespace Looper.Submissions.HangingToString;

/// <summary>
/// The reference, except that a wait of 2 seconds finishes with a result whose ToString never returns: the suite, showing
/// the wrong result in its failure message, hangs in that scenario only.
/// </summary>
public sealed class HangingToStringLooperImplementation : ILooperImplementation
{
    private readonly ReferenceLooperImplementation _reference = new();

    public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => _reference.CreateLooper(timeProvider, logger);

    public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        var wait = _reference.CreateWait(duration, timeProvider, logger);
        return duration == TimeSpan.FromSeconds(2) ? Replace(wait) : wait;
    }

    public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
        _reference.CreateWaitWrapper(callback, duration, looper, timeProvider, logger);

    private static IEnumerator<Future> Replace(IEnumerator<Future> wait)
    {
        while (wait.MoveNext())
        {
            yield return wait.Current.Status == FutureStatus.Finished ? Future.Finished(new Endless()) : wait.Current;
        }
    }

    private sealed class Endless
    {
        private static bool _spin = true;

        public override string ToString()
        {
            while (Volatile.Read(ref _spin))
            {
                // Never returns, and calls nothing the suite could count.
            }

            return "never";
        }
    }
}
