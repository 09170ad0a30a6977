namespace Looper.Cli;

/// <summary>
/// Name the exit codes the looper tool returns.
/// </summary>
public static class ExitCodes
{
    /// <summary>Report that the command ran to the end.</summary>
    public const int Success = 0;

    /// <summary>Report that the command stopped on an unexpected error; System.CommandLine prints the exception.</summary>
    public const int Failure = 1;

    /// <summary>Report a bad command line, such as an unknown option or a negative tick; nothing was run.</summary>
    public const int UsageError = 2;
}
