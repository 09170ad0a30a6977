namespace Looper.Sandbox;

/// <summary>A program and its arguments, passed as a list (never through a shell).</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">Its arguments.</param>
internal sealed record CommandLine(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Gets the working directory, or null for the caller's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Gets a value indicating whether the program starts with the caller's environment; when false it gets only <see cref="Environment"/>.</summary>
    public bool InheritEnvironment { get; init; } = true;

    /// <summary>Gets variables added to the environment the program starts with.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Make the start info of this command, with its streams redirected.</summary>
    /// <returns>The start info.</returns>
    public System.Diagnostics.ProcessStartInfo ToStartInfo()
    {
        var info = new System.Diagnostics.ProcessStartInfo(FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (!InheritEnvironment)
        {
            info.Environment.Clear();
        }

        foreach (var (name, value) in Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
