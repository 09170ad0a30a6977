namespace Looper.Protocol.Peering;

/// <summary>The two ends of the channel (spec/protocol.md section 2).</summary>
internal enum Side
{
    /// <summary>The grader: scenarios, clock, logger, scripted coroutines, budgets and verdicts.</summary>
    Judge,

    /// <summary>The process holding the learner's implementation.</summary>
    Host,
}
