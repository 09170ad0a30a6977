using System.Reflection;
using Looper.Grading.Protocol;

namespace Looper.Grading.Runner;

/// <summary>
/// Find the one class of a submission that implements <see cref="ILooperImplementation"/>.
/// </summary>
internal static class ImplementationFinder
{
    /// <summary>Find the implementation in <paramref name="assembly"/>, or say why there is not exactly one usable.</summary>
    /// <param name="assembly">The submission's assembly.</param>
    /// <returns>The type, or the problem kind and message.</returns>
    public static (Type? Type, string? Problem, string? Message) Find(Assembly assembly)
    {
        var candidates = TypesOf(assembly)
            .Where(type => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(ILooperImplementation).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
        var name = assembly.GetName().Name;
        if (candidates.Count == 0)
        {
            return (null, RunnerMessage.NoImplementation,
                $"{name} has no class that implements Looper.ILooperImplementation. Add one (public or not, with a parameterless constructor); the suite creates everything through it.");
        }

        if (candidates.Count > 1)
        {
            return (null, RunnerMessage.SeveralImplementations,
                $"{name} has {candidates.Count} classes that implement Looper.ILooperImplementation: {string.Join(", ", candidates.Select(type => type.FullName))}. Keep exactly one, so the grader knows which to grade.");
        }

        var found = candidates[0];
        return found.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is null
            ? (null, RunnerMessage.DoesNotLoad, $"{found.FullName} implements Looper.ILooperImplementation but has no parameterless constructor; the suite creates a new one for each scenario.")
            : (found, null, null);
    }

    private static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}
