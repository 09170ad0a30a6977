namespace Looper.Grading.Submissions;

/// <summary>
/// Say how building a submission went: the assembly it made, or the errors that stopped it.
/// </summary>
/// <param name="AssemblyPath">The built assembly, when the build succeeded.</param>
/// <param name="Errors">The build's errors, paths relative to the submission.</param>
/// <param name="Message">A summary of why the build failed, when it did.</param>
public sealed record BuildResult(string? AssemblyPath, IReadOnlyList<BuildDiagnostic> Errors, string? Message)
{
    /// <summary>Gets the folder the submission was built in (its scratch copy), which paths in messages are made relative to; <see langword="null"/> when nothing was built.</summary>
    public string? BuiltRoot { get; init; }

    /// <summary>Gets a value indicating whether the build produced an assembly.</summary>
    public bool Succeeded => AssemblyPath is not null;

    /// <summary>Gets why the build ran without a sandbox, or <see langword="null"/> when it ran in one (or there was nothing to build).</summary>
    public string? UnsandboxedBecause { get; init; }

    /// <summary>Gets the folder the sandboxed build wrote to, which holds the assembly until the grading ends; the grader disposes it.</summary>
    public IDisposable? Workspace { get; init; }

    /// <summary>Make the result of a successful build, or of a submission that needed none.</summary>
    /// <param name="assemblyPath">The assembly.</param>
    /// <returns>The result.</returns>
    public static BuildResult Built(string assemblyPath) => new(assemblyPath, [], null);
}
