using System.Xml.Linq;

namespace Looper.Packaging.Tests.Learners;

/// <summary>Read the failed tests and their messages from a TRX file written by <c>dotnet test --logger trx</c>.</summary>
internal static class TrxFailures
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>List each failed test's name and error message.</summary>
    public static IReadOnlyList<(string Test, string Message)> Read(string trxFile) =>
        XDocument.Load(trxFile).Descendants(Trx + "UnitTestResult")
            .Where(result => (string?)result.Attribute("outcome") == "Failed")
            .Select(result => (
                (string?)result.Attribute("testName") ?? "(unnamed)",
                result.Descendants(Trx + "Message").Select(message => message.Value).FirstOrDefault() ?? string.Empty))
            .ToList();
}
