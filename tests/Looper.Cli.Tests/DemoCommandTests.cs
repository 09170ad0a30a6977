namespace Looper.Cli.Tests;

public sealed class DemoCommandTests
{
    [Test]
    public async Task Demo_exits_with_success_and_writes_nothing_to_the_error_writer()
    {
        var run = await CliRun.StartAsync("demo");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Error.ShouldBeEmpty();
    }

    [Test]
    public async Task Hand_stepped_wait_yields_twice_in_progress_then_finishes_one_second_late()
    {
        var run = await CliRun.StartAsync("demo");

        run.Section("Run 1").ShouldBe(
        [
            "0.000s step 1 yields InProgress",
            "2.000s step 2 yields InProgress",
            "6.000s info Finished waiting for 5.000000, plus 1.000000 seconds",
            "6.000s step 3 yields Finished (result: 00:00:01, paused)",
        ]);
    }

    [Test]
    public async Task Three_waits_finish_in_the_order_3_5_10_with_no_overrun_at_the_default_tick()
    {
        var run = await CliRun.StartAsync("demo");

        var section = run.Section("Run 2");
        CliRun.FinishLines(section).ShouldBe(
        [
            "3.250s info Finished waiting for 3.000000, plus 0.000000 seconds",
            "5.250s info Finished waiting for 5.000000, plus 0.000000 seconds",
            "10.250s info Finished waiting for 10.000000, plus 0.000000 seconds",
        ]);
        section[^1].ShouldBe("11.000s info Loop finished");
    }

    [Test]
    public async Task A_coarser_tick_shows_up_in_the_overruns()
    {
        var run = await CliRun.StartAsync("demo", "--tick", "400");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        CliRun.FinishLines(run.Section("Run 2")).ShouldBe(
        [
            "3.600s info Finished waiting for 3.000000, plus 0.200000 seconds",
            "5.600s info Finished waiting for 5.000000, plus 0.200000 seconds",
            "10.400s info Finished waiting for 10.000000, plus 0.000000 seconds",
        ]);
    }

    [Test]
    public async Task Wait_wrapper_greets_once_after_the_wait_and_returns_the_greeting()
    {
        var run = await CliRun.StartAsync("demo");

        run.Lines.Count(line => line == "Hello, it was worth the wait").ShouldBe(1);
        run.Section("Run 3").ShouldBe(
        [
            "5.500s info Finished waiting for 5.000000, plus 0.000000 seconds",
            "Hello, it was worth the wait",
            "6.000s info Loop finished",
            "6.000s wrapper task: Finished (result: Hello, it was worth the wait, paused)",
        ]);
    }

    [Test]
    public async Task Both_loops_report_that_they_finished()
    {
        var run = await CliRun.StartAsync("demo");

        run.Lines.Count(line => line.EndsWith("info Loop finished", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Test]
    public async Task Debug_lines_show_only_with_verbose()
    {
        var quiet = await CliRun.StartAsync("demo");
        var verbose = await CliRun.StartAsync("demo", "--verbose");

        quiet.Lines.ShouldNotContain(line => line.Contains(" dbug ", StringComparison.Ordinal));
        verbose.Section("Run 1").ShouldContain("2.000s dbug Time elapsed 2.000000");
        verbose.Section("Run 2").ShouldContain("0.000s dbug Loop started with 4 runnable task(s)");
    }
}
