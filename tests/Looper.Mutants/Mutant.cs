namespace Looper.Mutants;

/// <summary>
/// Describe one mutant: its name, the requirement it breaks, its bug, and how to create it.
/// </summary>
/// <param name="Name">The mutant's name, its type name without the <c>Mutant</c> suffix.</param>
/// <param name="RequirementId">The ID of the requirement its bug breaks.</param>
/// <param name="Bug">What it does wrong, in one sentence.</param>
/// <param name="Erratum">The notebook erratum it reproduces, if any.</param>
/// <param name="Type">The mutant's implementation type.</param>
public sealed record Mutant(string Name, string RequirementId, string Bug, string? Erratum, Type Type)
{
    /// <summary>Create a new instance of the mutant's implementation.</summary>
    /// <returns>The implementation, ready to hand to the conformance suite.</returns>
    public ILooperImplementation Create() => (ILooperImplementation)Activator.CreateInstance(Type)!;

    /// <summary>Describe the mutant in one line.</summary>
    /// <returns>Its name, requirement and bug.</returns>
    public override string ToString() => Erratum is null ? $"{Name} ({RequirementId})" : $"{Name} ({RequirementId}, erratum {Erratum})";
}
