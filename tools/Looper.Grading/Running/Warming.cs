using Looper.Conformance;
using Looper.Conformance.Bridge;
using Microsoft.Extensions.Logging;

namespace Looper.Grading.Running;

/// <summary>Start the suite once per process with an implementation of nothing, so its first start is not charged to a submission's time limit.</summary>
internal static class Warming
{
    /// <summary>Run one scenario against an implementation that implements nothing.</summary>
    /// <returns>A task that completes when the suite has started.</returns>
    public static async Task RunAsync()
    {
        var scenario = FeatureCatalog.Features.SelectMany(feature => feature.Scenarios).First(scenario => !scenario.Traits.Ignored);

        // Nothing is implemented, so the outcome is an error; only the start matters.
        await ConformanceRun.RunAsync(new NothingImplemented(), scenario, Timeout.InfiniteTimeSpan);
    }

    private sealed class NothingImplemented : ILooperImplementation
    {
        public ILooper CreateLooper(TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

        public IEnumerator<Future> CreateWait(TimeSpan duration, TimeProvider timeProvider, ILogger logger) => throw new NotImplementedException();

        public IEnumerator<Future> CreateWaitWrapper(Func<object?> callback, TimeSpan duration, ILooper looper, TimeProvider timeProvider, ILogger logger) =>
            throw new NotImplementedException();
    }
}
