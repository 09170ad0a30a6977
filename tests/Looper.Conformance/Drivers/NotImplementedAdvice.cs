namespace Looper.Conformance.Drivers;

/// <summary>
/// Word what to read for a member that is not implemented yet: the stub's own advice when it gives some, otherwise the spec sections the suite knows.
/// </summary>
internal static class NotImplementedAdvice
{
    private static readonly string DefaultMessage = new NotImplementedException().Message;

    /// <summary>Say what to read for <paramref name="member"/>, given the message of the <see cref="NotImplementedException"/> it threw.</summary>
    /// <param name="member">The member, such as <c>ILooper.AddTask</c>.</param>
    /// <param name="message">The exception's message.</param>
    /// <returns>For example <c>see spec sections 1 (FUT) and 4 (ADD)</c>.</returns>
    /// <example>
    /// A stub that throws <c>new NotImplementedException("ILooper.AddTask: see spec sections 1 (FUT) and 4 (ADD)")</c> gets
    /// <c>see spec sections 1 (FUT) and 4 (ADD)</c>; one that throws <c>new NotImplementedException()</c> gets the same
    /// from the suite; one that throws <c>new NotImplementedException("later")</c> gets <c>see spec sections 1 (FUT) and 4 (ADD) (it says: later)</c>.
    /// </example>
    public static string For(string member, string? message)
    {
        ArgumentNullException.ThrowIfNull(member);
        var suiteAdvice = ContractMembers.SectionsOf(member) is { } sections ? $"see spec {sections}" : "see spec/looper-spec.md";
        if (string.IsNullOrWhiteSpace(message) || message == DefaultMessage)
        {
            return suiteAdvice;
        }

        if (message.StartsWith(member, StringComparison.Ordinal))
        {
            var own = message[member.Length..].TrimStart(':', ',', ';', ' ').TrimEnd('.');
            return own.Length > 0 ? own : suiteAdvice;
        }

        return $"{suiteAdvice} (it says: {message})";
    }
}
