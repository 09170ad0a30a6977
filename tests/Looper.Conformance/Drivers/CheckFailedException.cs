using Shouldly;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Signal a check of a scenario that did not hold, keeping the expected and actual values apart from the message.
/// </summary>
/// <remarks>A <see cref="ShouldAssertException"/>, so test runners show it as an assertion failure.</remarks>
internal sealed class CheckFailedException : ShouldAssertException
{
    /// <summary>Initializes a new instance of the <see cref="CheckFailedException"/> class.</summary>
    /// <param name="message">The one-shape message.</param>
    /// <param name="expected">The expected value, as text.</param>
    /// <param name="actual">The actual value, as text.</param>
    public CheckFailedException(string message, string expected, string actual)
        : base(message)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the expected value, as the message shows it.</summary>
    public string Expected { get; }

    /// <summary>Gets the actual value, as the message shows it.</summary>
    public string Actual { get; }
}
