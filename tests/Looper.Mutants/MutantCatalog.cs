using System.Reflection;
using Looper.Mutants.Baseline;

namespace Looper.Mutants;

/// <summary>
/// List every mutant of this assembly, and create the unmutated baseline they are all copied from.
/// </summary>
public static class MutantCatalog
{
    private static readonly Lazy<IReadOnlyList<Mutant>> Mutants = new(Discover);

    /// <summary>Gets every class of this assembly marked with <see cref="BreaksAttribute"/>, ordered by name.</summary>
    public static IReadOnlyList<Mutant> All => Mutants.Value;

    /// <summary>Create the baseline: the reference's code as copied here, with no bug.</summary>
    /// <returns>An implementation that passes every scenario when the copy is faithful.</returns>
    public static ILooperImplementation CreateBaseline() => new BaselineImplementation();

    private static List<Mutant> Discover() =>
        [.. typeof(MutantCatalog).Assembly.GetTypes()
            .Select(type => (Type: type, Breaks: type.GetCustomAttribute<BreaksAttribute>()))
            .Where(found => found.Breaks is not null)
            .Select(found => new Mutant(NameOf(found.Type), found.Breaks!.RequirementId, found.Breaks.Bug, found.Breaks.Erratum, found.Type))
            .OrderBy(mutant => mutant.Name, StringComparer.Ordinal)];

    private static string NameOf(Type type) =>
        type.Name.EndsWith("Mutant", StringComparison.Ordinal) ? type.Name[..^"Mutant".Length] : type.Name;
}
