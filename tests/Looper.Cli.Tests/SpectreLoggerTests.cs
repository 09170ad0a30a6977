using Looper.Cli.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Looper.Cli.Tests;

public sealed class SpectreLoggerTests
{
    [Test]
    public void Writes_the_time_since_the_provider_was_made_the_level_and_the_message()
    {
        using var console = new TestConsole();
        var clock = new FakeTimeProvider();
        using var provider = new SpectreLoggerProvider(console, LogLevel.Information, clock);
        var logger = provider.CreateLogger("test");

        clock.Advance(TimeSpan.FromMilliseconds(1500));
        logger.LogInformation("Loop finished");
        logger.LogWarning("Careful");

        console.Output.ShouldBe("  1.500s info Loop finished\n  1.500s warn Careful\n");
    }

    [Test]
    public void Leaves_out_lines_below_the_minimum_level()
    {
        using var console = new TestConsole();
        using var provider = new SpectreLoggerProvider(console, LogLevel.Information, new FakeTimeProvider());
        var logger = provider.CreateLogger("test");

        logger.LogDebug("Time elapsed");

        logger.IsEnabled(LogLevel.Debug).ShouldBeFalse();
        logger.IsEnabled(LogLevel.None).ShouldBeFalse();
        console.Output.ShouldBeEmpty();
    }

    [Test]
    public void Names_the_exception_after_the_message()
    {
        using var console = new TestConsole();
        using var provider = new SpectreLoggerProvider(console, LogLevel.Debug, new FakeTimeProvider());
        var logger = provider.CreateLogger("test");

        logger.LogError(new InvalidOperationException("boom"), "Task failed: boom");

        console.Output.ShouldBe("  0.000s fail Task failed: boom (InvalidOperationException)\n");
    }

    [Test]
    public void Writes_markup_characters_literally()
    {
        using var console = new TestConsole();
        using var provider = new SpectreLoggerProvider(console, LogLevel.Debug, new FakeTimeProvider());

        provider.CreateLogger("test").LogDebug("Killing task: [red]Finished[/]");

        console.Output.ShouldBe("  0.000s dbug Killing task: [red]Finished[/]\n");
    }
}
