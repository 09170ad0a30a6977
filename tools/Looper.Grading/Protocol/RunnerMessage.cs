using System.Text.Json;
using System.Text.Json.Serialization;

namespace Looper.Grading.Protocol;

/// <summary>
/// Carry one line of the runner's results channel to the grader: ready, problem, started, finished or completed.
/// </summary>
/// <remarks>
/// The runner writes one JSON object per line to a named pipe that only it and the grader know; what the
/// submission prints goes to its standard streams or into a field here, JSON-escaped, so it cannot break a line.
/// </remarks>
public sealed record RunnerMessage
{
    /// <summary>The runner loaded the submission and found its implementation.</summary>
    public const string Ready = "ready";

    /// <summary>The runner cannot grade the submission: no implementation, several, or it does not load.</summary>
    public const string Problem = "problem";

    /// <summary>A scenario started.</summary>
    public const string Started = "started";

    /// <summary>A scenario finished.</summary>
    public const string Finished = "finished";

    /// <summary>Every scenario asked for has finished.</summary>
    public const string Completed = "completed";

    /// <summary>The problem kind for a submission with no implementation of the contract.</summary>
    public const string NoImplementation = "no-implementation";

    /// <summary>The problem kind for a submission with more than one implementation of the contract.</summary>
    public const string SeveralImplementations = "several-implementations";

    /// <summary>The problem kind for a submission whose assembly cannot be loaded.</summary>
    public const string DoesNotLoad = "does-not-load";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Gets what the message reports: one of the constants of this type.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the key of the scenario that started or finished.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the status code of a finished scenario, such as <c>passed</c> or <c>timed-out</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the explanation of a finished scenario that did not pass, or of a problem.</summary>
    public string? Message { get; init; }

    /// <summary>Gets what the submission printed during the scenario, capped.</summary>
    public string? Output { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Output"/> was cut.</summary>
    public bool OutputTruncated { get; init; }

    /// <summary>Gets how long the scenario took, in milliseconds.</summary>
    public double? Milliseconds { get; init; }

    /// <summary>Gets the full name of the implementation type found, on <see cref="Ready"/>.</summary>
    public string? Implementation { get; init; }

    /// <summary>Gets the kind of a problem: one of the problem constants of this type.</summary>
    public string? ProblemKind { get; init; }

    /// <summary>Write the message as one line of JSON.</summary>
    /// <returns>The line, without a line break.</returns>
    public string ToLine() => JsonSerializer.Serialize(this, Options);

    /// <summary>Read a line written by <see cref="ToLine"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="message">The message, when the line is one.</param>
    /// <returns><see langword="true"/> when the line is a well-formed message.</returns>
    public static bool TryParse(string line, out RunnerMessage? message)
    {
        try
        {
            message = JsonSerializer.Deserialize<RunnerMessage>(line, Options);
            return message is not null;
        }
        catch (JsonException)
        {
            message = null;
            return false;
        }
    }
}
