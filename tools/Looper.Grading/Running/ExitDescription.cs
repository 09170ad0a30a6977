using System.Globalization;

namespace Looper.Grading.Running;

/// <summary>
/// Put a dead process's exit code in words a learner can act on.
/// </summary>
public static class ExitDescription
{
    /// <summary>Describe <paramref name="exitCode"/>.</summary>
    /// <param name="exitCode">The exit code, or <see langword="null"/> when unknown.</param>
    /// <returns>The words, such as <c>exit code 134: aborted, as by a stack overflow or Environment.FailFast</c>.</returns>
    public static string Of(int? exitCode) => exitCode switch
    {
        null => "exit code unknown",
        134 => "exit code 134: aborted, as by a stack overflow or Environment.FailFast",
        137 => "exit code 137: killed, as when the system runs out of memory",
        139 => "exit code 139: a segmentation fault",
        -1073741571 => "a stack overflow",
        -2146232797 => "Environment.FailFast",
        > 128 and < 160 => string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}: ended by signal {exitCode - 128}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}"),
    };
}
