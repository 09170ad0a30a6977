using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Looper.Grading.Scenarios;

namespace Looper.Grading.Configuration;

/// <summary>
/// Read a grading config (<c>grading.json</c>): every setting optional, unknown settings refused, paths relative to the file.
/// </summary>
public static partial class GradingConfigFile
{
    /// <summary>The file name the grader looks for in <c>grading/</c> when no config is given.</summary>
    public const string DefaultFileName = "grading.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Read the config in <paramref name="path"/>.</summary>
    /// <param name="path">The config file.</param>
    /// <returns>The config, built-in values where the file says nothing.</returns>
    /// <exception cref="GradingProblemException">The file is missing or malformed.</exception>
    public static GradingConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GradingProblemException(GradingProblem.BadConfiguration, $"The grading config '{path}' does not exist. Check the path given with --config.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Read a config from its JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="path">The file the text came from; relative paths in it are taken from its folder.</param>
    /// <returns>The config.</returns>
    /// <exception cref="GradingProblemException">The text is malformed, names an unknown setting or has a value out of range.</exception>
    public static GradingConfig Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ConfigDocument document;
        try
        {
            document = JsonSerializer.Deserialize<ConfigDocument>(json, Options)
                ?? throw Problem(path, $"it is empty (null); write an object such as {{ \"points\": {{ \"{StageCatalog.TagOf(1)}\": 1 }} }}");
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, {exception.Path}")
                : string.Empty;
            throw new GradingProblemException(
                GradingProblem.BadConfiguration,
                $"The grading config '{path}' is malformed{where}: {Explain(exception)} See grading/README.md for the settings.",
                exception);
        }

        return ToConfig(document, path);
    }

    private static GradingConfig ToConfig(ConfigDocument document, string path)
    {
        var defaults = GradingConfig.Default;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var tagPoints = new Dictionary<string, double>(defaults.TagPoints, StringComparer.Ordinal);
        foreach (var (tag, points) in document.Points ?? [])
        {
            if (!TagPattern().IsMatch(tag) || (tag.StartsWith(Looper.Conformance.Traits.ScenarioTraits.StagePrefix.TrimEnd('-'), StringComparison.Ordinal) && !StageCatalog.TryParseTag(tag, out _)))
            {
                throw Problem(path, $"\"points\" names '{tag}', which is not a tag; use stage tags such as {StageCatalog.TagOf(1)}, or other tags such as {GradingConfig.ExtensionTag}, without the @");
            }

            tagPoints[tag] = CheckPoints(path, $"points.{tag}", points);
        }

        var scenarioPoints = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (scenario, points) in document.ScenarioPoints ?? [])
        {
            scenarioPoints[scenario] = CheckPoints(path, $"scenarioPoints.{scenario}", points);
        }

        var visibility = document.Hidden?.Visibility ?? defaults.HiddenVisibility;
        if (!GradingConfig.Visibilities.Contains(visibility, StringComparer.Ordinal))
        {
            throw Problem(path, $"\"hidden.visibility\" is '{visibility}'; use one of {string.Join(", ", GradingConfig.Visibilities)}");
        }

        return defaults with
        {
            TagPoints = tagPoints,
            ScenarioPoints = scenarioPoints,
            DefaultPoints = document.DefaultPoints is { } fallback ? CheckPoints(path, "defaultPoints", fallback) : defaults.DefaultPoints,
            HiddenDirectory = document.Hidden?.Directory is { Length: > 0 } hidden ? Path.GetFullPath(Path.Combine(folder, hidden)) : null,
            HiddenVisibility = visibility,
            ScenarioTimeout = Seconds(path, "timeouts.scenarioSeconds", document.Timeouts?.ScenarioSeconds, defaults.ScenarioTimeout),
            StepBudget = document.StepBudget is { } calls
                ? Looper.Conformance.Drivers.StepBudgetParameter.IsValid(calls) ? calls : throw Problem(path, string.Create(CultureInfo.InvariantCulture, $"\"stepBudget\" is {calls}; use {Looper.Conformance.Drivers.StepBudgetParameter.Range}"))
                : defaults.StepBudget,
            RunTimeout = Seconds(path, "timeouts.runSeconds", document.Timeouts?.RunSeconds, defaults.RunTimeout),
            BuildTimeout = Seconds(path, "timeouts.buildSeconds", document.Timeouts?.BuildSeconds, defaults.BuildTimeout),
            ScenarioOutputLimit = Positive(path, "output.scenarioLimit", document.Output?.ScenarioLimit, defaults.ScenarioOutputLimit),
            ProcessOutputLimit = Positive(path, "output.processLimit", document.Output?.ProcessLimit, defaults.ProcessOutputLimit),
            Relaunches = document.Relaunches is { } relaunches
                ? relaunches >= 0 ? relaunches : throw Problem(path, $"\"relaunches\" is {relaunches}; use 0 or more")
                : defaults.Relaunches,
            SourcePath = Path.GetFullPath(path),
        };
    }

    private static double CheckPoints(string path, string setting, double points) =>
        double.IsFinite(points) && points >= 0
            ? points
            : throw Problem(path, string.Create(CultureInfo.InvariantCulture, $"\"{setting}\" is {points}; points must be 0 or more"));

    private static TimeSpan Seconds(string path, string setting, double? seconds, TimeSpan fallback) => seconds switch
    {
        null => fallback,
        > 0 and <= 86_400 => TimeSpan.FromSeconds(seconds.Value),
        _ => throw Problem(path, string.Create(CultureInfo.InvariantCulture, $"\"{setting}\" is {seconds}; use a number of seconds above 0 and at most 86400")),
    };

    private static int Positive(string path, string setting, int? value, int fallback) => value switch
    {
        null => fallback,
        > 0 => value.Value,
        _ => throw Problem(path, string.Create(CultureInfo.InvariantCulture, $"\"{setting}\" is {value}; use a number above 0")),
    };

    private static GradingProblemException Problem(string path, string what) =>
        new(GradingProblem.BadConfiguration, $"The grading config '{path}' is not valid: {what}.");

    private static string Explain(JsonException exception)
    {
        // System.Text.Json names .NET types in its messages; say it in the config's own terms instead.
        var message = exception.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"'{exception.Path}' is not a setting the grader knows.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"the value of '{exception.Path}' has the wrong type (points and seconds are numbers, folders and visibility are text).";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial System.Text.RegularExpressions.Regex TagPattern();

    private sealed record ConfigDocument(
        Dictionary<string, double>? Points,
        Dictionary<string, double>? ScenarioPoints,
        double? DefaultPoints,
        HiddenSection? Hidden,
        TimeoutSection? Timeouts,
        OutputSection? Output,
        int? StepBudget,
        int? Relaunches);

    private sealed record HiddenSection(string? Directory, string? Visibility);

    private sealed record TimeoutSection(double? ScenarioSeconds, double? RunSeconds, double? BuildSeconds);

    private sealed record OutputSection(int? ScenarioLimit, int? ProcessLimit);
}
