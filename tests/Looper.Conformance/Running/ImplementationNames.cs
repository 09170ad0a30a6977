namespace Looper.Conformance;

/// <summary>
/// Name an implementation the way test names and reports show it: its type name without an <c>Implementation</c> suffix.
/// </summary>
internal static class ImplementationNames
{
    private static readonly string[] Suffixes = ["LooperImplementation", "Implementation"];

    /// <summary>Gets the name of an implementation type.</summary>
    /// <param name="type">The implementation's type.</param>
    /// <returns>The name, such as <c>Kata</c> for <c>KataLooperImplementation</c>.</returns>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var suffix in Suffixes)
        {
            if (type.Name.Length > suffix.Length && type.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return type.Name[..^suffix.Length];
            }
        }

        return type.Name;
    }
}
