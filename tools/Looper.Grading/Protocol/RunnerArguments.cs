using System.Globalization;

namespace Looper.Grading.Protocol;

/// <summary>
/// Hold the command line the grader gives the runner: the submission's assembly, the pipe to report on, the scenarios to run.
/// </summary>
/// <param name="AssemblyPath">The built submission assembly.</param>
/// <param name="PipeName">The named pipe to write results to.</param>
/// <param name="ScenarioListPath">A file listing the keys of the scenarios to run, one per line, in order.</param>
/// <param name="HiddenDirectory">The hidden pack's folder, if any, so the runner knows the same scenarios as the grader.</param>
/// <param name="OutputLimit">How many characters of a scenario's output to keep.</param>
public sealed record RunnerArguments(string AssemblyPath, string PipeName, string ScenarioListPath, string? HiddenDirectory, int OutputLimit)
{
    /// <summary>Write the arguments as a command line.</summary>
    /// <returns>The arguments, one token each.</returns>
    public IReadOnlyList<string> ToCommandLine()
    {
        List<string> tokens =
        [
            "--assembly", AssemblyPath,
            "--pipe", PipeName,
            "--scenarios", ScenarioListPath,
            "--output-limit", OutputLimit.ToString(CultureInfo.InvariantCulture),
        ];
        if (HiddenDirectory is not null)
        {
            tokens.AddRange(["--hidden", HiddenDirectory]);
        }

        return tokens;
    }

    /// <summary>Read a command line written by <see cref="ToCommandLine"/>.</summary>
    /// <param name="args">The tokens.</param>
    /// <returns>The arguments.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or a value is malformed.</exception>
    public static RunnerArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index + 1 < args.Count; index += 2)
        {
            values[args[index]] = args[index + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"The runner needs {name}; it is started by the grader (looper grade), not by hand.", nameof(args));

        var limit = int.TryParse(Required("--output-limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new ArgumentException("--output-limit must be a whole number above 0.", nameof(args));
        return new RunnerArguments(
            Required("--assembly"),
            Required("--pipe"),
            Required("--scenarios"),
            values.GetValueOrDefault("--hidden"),
            limit);
    }
}
