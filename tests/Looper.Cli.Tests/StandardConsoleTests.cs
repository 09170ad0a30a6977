namespace Looper.Cli.Tests;

public sealed class StandardConsoleTests
{
    [TestCase(false, null, false)]
    [TestCase(false, "", false)]
    [TestCase(true, null, true)]
    [TestCase(false, "true", true)]
    [TestCase(false, "1", true)]
    public void Output_is_plain_when_redirected_or_under_CI(bool redirected, string? ci, bool expected)
    {
        StandardConsole.IsPlain(redirected, ci).ShouldBe(expected);
    }

    [Test]
    public void A_plain_console_wraps_at_its_own_width_not_at_80_columns()
    {
        using var output = new StringWriter();

        StandardConsole.Create(output, plain: true).Profile.Width.ShouldBe(StandardConsole.PlainWidth);
    }

    [Test]
    public async Task A_plain_console_gets_the_whole_demo_without_escape_codes()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = StandardConsole.Create(output, plain: true);

        var exitCode = await LooperCli.RunAsync(["demo"], console, error);

        exitCode.ShouldBe(ExitCodes.Success);
        var text = output.ToString();
        text.ShouldNotContain('\u001b');
        text.ShouldContain(" 10.250s info Finished waiting for 10.000000, plus 0.000000 seconds");
        text.ShouldContain("Hello, it was worth the wait");
    }
}
