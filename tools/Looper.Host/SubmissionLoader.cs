using System.Reflection;
using System.Runtime.Loader;

namespace Looper.Host;

/// <summary>Load a submission assembly and find its one <see cref="ILooperImplementation"/>.</summary>
internal static class SubmissionLoader
{
    /// <summary>Load the assembly and find the implementation type.</summary>
    /// <param name="path">The submission assembly.</param>
    /// <param name="typeName">The full name of the type to use, or null to take the only one there is.</param>
    /// <returns>A concrete type with a parameterless constructor, public or not.</returns>
    /// <exception cref="SubmissionException">The file, the type, or the choice is missing.</exception>
    public static Type FindImplementation(string path, string? typeName)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new SubmissionException($"The submission assembly {full} does not exist; build the submission first and pass the path of its .dll.");
        }

        var folder = Path.GetDirectoryName(full)!;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };

        Assembly assembly;
        Type[] types;
        try
        {
            assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
            types = assembly.GetTypes();
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or ReflectionTypeLoadException or FileNotFoundException)
        {
            throw new SubmissionException($"The submission assembly {full} cannot be loaded: {exception.Message}", exception);
        }

        var candidates = types
            .Where(type => typeof(ILooperImplementation).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false })
            .Where(type => typeName is null || type.FullName == typeName)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
        if (candidates is [var only] && only.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is null)
        {
            throw new SubmissionException($"{only.FullName} implements Looper.ILooperImplementation but has no parameterless constructor; the judge creates a new one for each scenario.");
        }

        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new SubmissionException(typeName is null
                ? $"{assembly.GetName().Name} has no class that implements Looper.ILooperImplementation. Add one (public or not, with a parameterless constructor); the suite creates everything through it."
                : $"{assembly.GetName().Name} has no ILooperImplementation named {typeName}.") { ExitCode = HostProgram.NoImplementation },
            _ => throw new SubmissionException(
                $"{assembly.GetName().Name} has {candidates.Count} classes that implement Looper.ILooperImplementation: {string.Join(", ", candidates.Select(type => type.FullName))}. Keep exactly one, so the grader knows which to grade.")
            { ExitCode = HostProgram.SeveralImplementations },
        };
    }
}
