using System.Globalization;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Signal that a call into the implementation did not return in time although it stopped asking the suite for anything, so <see cref="StepBudget"/> could not stop it.
/// </summary>
public sealed class ReturnTimeoutException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReturnTimeoutException"/> class.</summary>
    public ReturnTimeoutException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReturnTimeoutException"/> class.</summary>
    /// <param name="message">The message, which follows the member's name.</param>
    public ReturnTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReturnTimeoutException"/> class.</summary>
    /// <param name="message">The message, which follows the member's name.</param>
    /// <param name="innerException">The cause.</param>
    public ReturnTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Describe a call abandoned after <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long the suite waited.</param>
    /// <param name="requests">How many clock reads and coroutine steps the scenario had made.</param>
    /// <returns>The exception.</returns>
    public static ReturnTimeoutException After(TimeSpan timeout, int requests)
    {
        var calls = requests == 0
            ? "it never called the suite's clock or a coroutine"
            : string.Create(CultureInfo.InvariantCulture, $"it stopped calling the suite's clock and coroutines after {requests} {(requests == 1 ? "call" : "calls")}");
        return new ReturnTimeoutException(string.Create(
            CultureInfo.InvariantCulture,
            $"did not return within {timeout.TotalSeconds} s; {calls}, so the step budget could not stop it. Look for a loop that spins without stepping a task, such as a while loop whose condition never changes"));
    }

    /// <summary>Describe a call the suite did not start because earlier calls of the same implementation were abandoned.</summary>
    /// <param name="abandoned">How many calls were abandoned.</param>
    /// <returns>The exception.</returns>
    public static ReturnTimeoutException NotStarted(int abandoned) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"was not called: {abandoned} earlier calls of it never returned and still run on abandoned threads, so the suite starts no more of them. Fix the scenario that failed with \"did not return within\" first, then run again"));
}
