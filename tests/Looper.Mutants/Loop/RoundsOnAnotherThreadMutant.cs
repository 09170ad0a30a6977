using System.Runtime.ExceptionServices;
using Looper.Mutants.Baseline;
using Microsoft.Extensions.Logging;

namespace Looper.Mutants.Loop;

[Breaks("LOOP-9", "Each round runs on a new thread that the loop waits for, instead of on the thread that called RunUntilComplete")]
internal sealed class RoundsOnAnotherThreadMutant : BaselineImplementation
{
    protected override ILooper NewLooper(ILogger logger) => new BuggyLooper(logger);

    private sealed class BuggyLooper(ILogger logger) : BaselineLooper(logger)
    {
        protected override void RunRound()
        {
            ExceptionDispatchInfo? failure = null;
            var round = new Thread(() =>
            {
                try
                {
                    base.RunRound();
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            });
            round.Start();
            round.Join();
            failure?.Throw();
        }
    }
}
