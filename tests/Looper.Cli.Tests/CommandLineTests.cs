namespace Looper.Cli.Tests;

public sealed class CommandLineTests
{
    [TestCase("-5")]
    [TestCase("0")]
    [TestCase("abc")]
    public async Task A_tick_that_is_not_a_positive_whole_number_is_a_usage_error(string tick)
    {
        var run = await CliRun.StartAsync("demo", "--tick", tick);

        run.ExitCode.ShouldBe(ExitCodes.UsageError);
        run.Error.Trim().ShouldBe($"--tick must be a positive whole number of milliseconds, got '{tick}'.");
        run.Lines.ShouldNotContain(line => line.Contains("Run 1", StringComparison.Ordinal));
    }

    [Test]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var run = await CliRun.StartAsync("demo", "--bogus");

        run.ExitCode.ShouldBe(ExitCodes.UsageError);
        run.Error.ShouldContain("--bogus");
    }

    [Test]
    public async Task No_command_is_a_usage_error()
    {
        var run = await CliRun.StartAsync();

        run.ExitCode.ShouldBe(ExitCodes.UsageError);
        run.Error.ShouldContain("Required command was not provided.");
    }

    [Test]
    public async Task Help_documents_the_exit_codes_and_succeeds()
    {
        var run = await CliRun.StartAsync("--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        var help = string.Join(' ', run.Lines.Where(line => line.Length > 0));
        help.ShouldContain(
            "Exit codes: 0 success, 1 unexpected failure, 2 bad command line, 3 graded but not every scenario passed, 4 submission not found, "
            + "5 submission does not compile, 6 not exactly one implementation that loads, 7 bad grading config or hidden pack, 8 no sandbox with --require-sandbox.");
        help.ShouldContain("grade");
    }

    [Test]
    public async Task Demo_help_lists_its_options()
    {
        var run = await CliRun.StartAsync("demo", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        var help = string.Join('\n', run.Lines);
        help.ShouldContain("--tick <milliseconds>");
        help.ShouldContain("--real-time");
        help.ShouldContain("--verbose");
    }
}
