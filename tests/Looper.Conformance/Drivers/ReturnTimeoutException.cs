using System.Globalization;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Signal that a call into the implementation did not return in time although it stopped asking the suite for anything, so <see cref="StepBudget"/> could not stop it.
/// </summary>
internal sealed class ReturnTimeoutException : Exception
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
            ? "it never called into the suite"
            : string.Create(CultureInfo.InvariantCulture, $"it stopped calling into the suite after {requests} {(requests == 1 ? "call" : "calls")}");
        return new ReturnTimeoutException(string.Create(
            CultureInfo.InvariantCulture,
            $"did not return within {timeout.TotalSeconds} s; {calls}, so the step budget could not stop it. Look for a loop that spins without stepping a task, such as a while loop whose condition never changes. The call's thread cannot be stopped: it keeps running in the background until the test process ends, and every other scenario still runs on its own"));
    }
}
