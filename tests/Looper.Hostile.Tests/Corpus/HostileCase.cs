namespace Looper.Hostile.Tests.Corpus;

/// <summary>One hostile submission of Cases/: its folder, how it is graded, what its behaviour can cost it, and what it tries.</summary>
/// <param name="Name">The case's folder, project and assembly name; also its marker in command lines and file names.</param>
/// <param name="Kind">Whether it is graded as a built assembly or as a project the grader builds.</param>
/// <param name="Effect">Which scenarios its behaviour really breaks.</param>
/// <param name="Attack">What it tries, in a few words.</param>
public sealed record HostileCase(string Name, CaseKind Kind, CaseEffect Effect, string Attack)
{
    /// <summary>Gets why the grader still loses to this case, when it does: its test is then ignored with this reason.</summary>
    public string? KnownHole { get; init; }

    /// <summary>Gets the case's folder.</summary>
    public string Folder => Path.Combine(CaseBuild.CasesFolder, Name);

    /// <summary>Gets the assembly the one-time build wrote for a run-time case.</summary>
    public string Assembly => Path.Combine(Folder, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary>Gets what the grader is handed: the built assembly, or the project's folder for a build-time case.</summary>
    public string Submission => Kind == CaseKind.BuildTime ? Folder : Assembly;

    public override string ToString() => Name;
}

/// <summary>How a case reaches the grader.</summary>
public enum CaseKind
{
    /// <summary>Its harm is in its code: graded as an assembly built once for all such cases.</summary>
    RunTime,

    /// <summary>Its harm is in its build: graded as a project, so the grader builds it.</summary>
    BuildTime,
}

/// <summary>Which scenarios a case's behaviour breaks, which fixes its true score.</summary>
public enum CaseEffect
{
    /// <summary>None: the looper's calls are those of the reference, so its true score is the honest score.</summary>
    None,

    /// <summary>The scenarios that create the trigger wait: they lose their points.</summary>
    BreaksTrigger,

    /// <summary>Every scenario: nothing of the submission can run.</summary>
    BreaksAll,
}
