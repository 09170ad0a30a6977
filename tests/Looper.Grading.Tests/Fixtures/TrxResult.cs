namespace Looper.Grading.Tests.Fixtures;

/// <summary>One test result of a TRX file.</summary>
/// <param name="TestName">The test's name.</param>
/// <param name="Outcome">Passed, Failed or NotExecuted.</param>
/// <param name="Message">The failure or skip message, or an empty text.</param>
internal sealed record TrxResult(string TestName, string Outcome, string Message);
