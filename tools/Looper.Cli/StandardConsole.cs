using Spectre.Console;

namespace Looper.Cli;

/// <summary>
/// Create the console the tool writes to: rich on a terminal, plain when redirected or under CI.
/// </summary>
public static class StandardConsole
{
    /// <summary>The width a plain console wraps at.</summary>
    public const int PlainWidth = 160;

    /// <summary>Create a console over standard output, plain when it is redirected or the <c>CI</c> variable is set.</summary>
    /// <returns>The console to hand to <see cref="LooperCli.RunAsync"/>.</returns>
    public static IAnsiConsole Create() =>
        Create(Console.Out, IsPlain(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("CI")));

    /// <summary>Create a console over <paramref name="output"/>, with no colours, no prompts and lines of <see cref="PlainWidth"/> when <paramref name="plain"/>.</summary>
    /// <remarks>
    /// A plain console keeps the ANSI writer but with no colour system, so colours vanish; the legacy writer would call
    /// <see cref="Console.ResetColor"/>, which still sends escape codes to a terminal. The tool styles text with colours only.
    /// </remarks>
    /// <param name="output">Where the console writes.</param>
    /// <param name="plain">Whether to write bare text.</param>
    /// <returns>The console.</returns>
    public static IAnsiConsole Create(TextWriter output, bool plain)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.Yes : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (plain)
        {
            // Logs have no terminal width; wrapping at Spectre's default of 80 columns would break long lines for no reason.
            console.Profile.Width = PlainWidth;
        }

        return console;
    }

    /// <summary>Decide whether output must be plain: when it is not a terminal or when <c>CI</c> is set to anything.</summary>
    /// <param name="outputRedirected">Whether standard output goes to a file or a pipe.</param>
    /// <param name="ciVariable">The value of the <c>CI</c> environment variable, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for plain output.</returns>
    public static bool IsPlain(bool outputRedirected, string? ciVariable) =>
        outputRedirected || !string.IsNullOrEmpty(ciVariable);
}
