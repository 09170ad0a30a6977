using System.Text.RegularExpressions;

namespace Looper.Conformance.Traits;

/// <summary>
/// Say how the scenarios read for an implementation written in another language behind the judge–host protocol: which
/// scenarios cannot apply to it, and how messages name its members.
/// </summary>
/// <remarks>
/// The one place that decides what a language cannot be asked (spec/python-binding.md for Python). A scenario it
/// rules out is "not applicable", like an extension an implementation does not take up: no points, never failed.
/// </remarks>
/// <param name="Language">The language's name, as messages show it.</param>
/// <param name="NotApplicable">Why each requirement cannot be asked of the language, by requirement ID.</param>
/// <param name="Names">The contract's names, most specific first, with the language's name for each.</param>
internal sealed partial record LanguageBinding(
    string Language,
    IReadOnlyDictionary<string, string> NotApplicable,
    IReadOnlyList<KeyValuePair<string, string>> Names)
{
    /// <summary>Gets the binding of the contract's own language: every scenario applies and names stay as they are.</summary>
    public static LanguageBinding CSharp { get; } = new("C#", new Dictionary<string, string>(), []);

    /// <summary>Gets the Python binding of spec/python-binding.md.</summary>
    public static LanguageBinding Python { get; } = new(
        "Python",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FAIL-3"] = "Python's Looper(), wait and wait_wrapper take no clock or logger, and None is an ordinary value there (spec/python-binding.md)",
        },
        [
            new("ILooperImplementation.CreateWaitWrapper", "wait_wrapper"),
            new("ILooperImplementation.CreateWait", "wait"),
            new("ILooperImplementation.CreateLooper", "Looper()"),
            new("ILooper.RunUntilComplete", "Looper.run_until_complete"),
            new("ILooper.AddTask", "Looper.add_task"),
            new("ILooper.GetTask", "Looper.get_task"),
            new("ILooper.KillTask", "Looper.kill_task"),
            new("CreateWaitWrapper", "wait_wrapper"),
            new("CreateWait", "wait"),
            new("CreateLooper", "Looper()"),
            new("RunUntilComplete", "run_until_complete"),
            new("AddTask", "add_task"),
            new("GetTask", "get_task"),
            new("KillTask", "kill_task"),
            new("MoveNext", "next()"),
            new("NotImplementedException", "NotImplementedError"),
            new("InvalidOperationException", "RuntimeError"),
            new("ArgumentOutOfRangeException", "ValueError"),
            new("null", "None"),
        ]);

    /// <summary>Say why a scenario cannot be asked of this language, or null when it can.</summary>
    /// <param name="traits">The scenario's traits.</param>
    /// <returns>The not-applicable reason, or null.</returns>
    public string? NotApplicableReason(ScenarioTraits traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        return traits.RequirementIds.FirstOrDefault(NotApplicable.ContainsKey) is { } requirement
            ? $"not applicable: {requirement} cannot be asked of a {Language} looper: {NotApplicable[requirement]}; no points, never failed"
            : null;
    }

    /// <summary>Name the language's members in a message: <c>ILooper.AddTask</c> becomes <c>Looper.add_task</c> in Python.</summary>
    /// <param name="text">The message, or null.</param>
    /// <returns>The message in the language's names.</returns>
    public string? Rename(string? text)
    {
        if (text is null || Names.Count == 0)
        {
            return text;
        }

        return NamePattern().Replace(text, match =>
        {
            foreach (var (contract, own) in Names)
            {
                if (match.Value == contract)
                {
                    return own;
                }
            }

            return match.Value;
        });
    }

    [GeneratedRegex(@"\b(?:ILooperImplementation\.|ILooper\.)?[A-Za-z]+\b")]
    private static partial Regex NamePattern();
}
