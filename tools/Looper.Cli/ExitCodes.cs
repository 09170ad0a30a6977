namespace Looper.Cli;

/// <summary>
/// Name the exit codes the looper tool returns.
/// </summary>
public static class ExitCodes
{
    /// <summary>Report that the command ran to the end; for <c>grade</c>, that every scenario passed (or a batch was graded).</summary>
    public const int Success = 0;

    /// <summary>Report that the command stopped on an unexpected error; System.CommandLine prints the exception.</summary>
    public const int Failure = 1;

    /// <summary>Report a bad command line, such as an unknown option or a negative tick; nothing was run.</summary>
    public const int UsageError = 2;

    /// <summary>Report that <c>grade</c> graded the submission and wrote its reports, but not every scenario passed.</summary>
    public const int NotFullMarks = 3;

    /// <summary>Report that the submission path does not exist, or holds no project, or several; nothing was graded.</summary>
    public const int SubmissionNotFound = 4;

    /// <summary>Report that the submission does not compile; the reports were written, with the compiler's errors.</summary>
    public const int DoesNotCompile = 5;

    /// <summary>Report that the submission has no implementation of the contract, or several, or it cannot be loaded; the reports were written.</summary>
    public const int NoSingleImplementation = 6;

    /// <summary>Report that the grading config or the hidden scenario pack is missing or malformed; nothing was graded.</summary>
    public const int BadGradingConfig = 7;

    /// <summary>Report that --require-sandbox was given and no sandbox can be had here; nothing was graded.</summary>
    public const int NoSandbox = 8;

    /// <summary>Gets the exit codes in one sentence, for help texts.</summary>
    public static string Summary =>
        $"Exit codes: {Success} success, {Failure} unexpected failure, {UsageError} bad command line, "
        + $"{NotFullMarks} graded but not every scenario passed, {SubmissionNotFound} submission not found, "
        + $"{DoesNotCompile} submission does not compile, {NoSingleImplementation} not exactly one implementation that loads, "
        + $"{BadGradingConfig} bad grading config or hidden pack, {NoSandbox} no sandbox with --require-sandbox.";
}
