namespace Looper.Mutants;

/// <summary>
/// Name the requirement a mutant breaks and describe its one bug, so the meta-test can check the suite catches it.
/// </summary>
/// <param name="requirementId">The ID of the requirement the bug breaks, such as <c>KILL-2</c>.</param>
/// <param name="bug">One sentence that says what the mutant does wrong.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class BreaksAttribute(string requirementId, string bug) : Attribute
{
    /// <summary>Gets the ID of the requirement the bug breaks.</summary>
    public string RequirementId { get; } = requirementId;

    /// <summary>Gets what the mutant does wrong.</summary>
    public string Bug { get; } = bug;

    /// <summary>Gets or sets the notebook erratum the bug reproduces, such as <c>E4</c>, if it reproduces one.</summary>
    public string? Erratum { get; set; }
}
