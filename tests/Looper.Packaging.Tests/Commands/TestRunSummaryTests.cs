namespace Looper.Packaging.Tests.Commands;

[TestFixture]
public sealed class TestRunSummaryTests
{
    [Test]
    public void Reads_the_counts_of_a_green_run()
    {
        var summary = TestRunSummary.Parse(
            "Test run for /tmp/x/bin/Debug/net10.0/X.dll (.NETCoreApp,Version=v10.0)\n" +
            "Passed!  - Failed:     0, Passed:    81, Skipped:     0, Total:    81, Duration: 1 s - X.dll (net10.0)\n");

        summary.ShouldBe(new TestRunSummary(Failed: 0, Passed: 81, Skipped: 0, Total: 81));
    }

    [Test]
    public void Reads_the_counts_of_a_red_run()
    {
        var summary = TestRunSummary.Parse("Failed!  - Failed:    84, Passed:     2, Skipped:     1, Total:    87, Duration: 1 s - Looper.Kata.Tests.dll (net10.0)");

        summary.ShouldBe(new TestRunSummary(Failed: 84, Passed: 2, Skipped: 1, Total: 87));
    }

    [Test]
    public void Refuses_output_without_a_summary_line()
    {
        Should.Throw<FormatException>(() => TestRunSummary.Parse("error CS1002: ; expected\nBuild FAILED."))
            .Message.ShouldContain("found 0");
    }

    [Test]
    public void Refuses_output_with_a_summary_line_per_assembly()
    {
        const string Line = "Passed!  - Failed:     0, Passed:     1, Skipped:     0, Total:     1, Duration: 1 s - X.dll (net10.0)\n";

        Should.Throw<FormatException>(() => TestRunSummary.Parse(Line + Line)).Message.ShouldContain("found 2");
    }
}
