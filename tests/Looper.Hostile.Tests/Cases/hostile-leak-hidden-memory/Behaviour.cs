using System.Collections;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Looper.Hostile;

/// <summary>Search the loaded assemblies for the suite's scenario catalogs and Reqnroll's contexts and fail the scenario with what their static state holds.</summary>
public sealed partial class CaseLooperImplementation
{
    partial void Triggered(ILogger logger, ref IEnumerator<Future>? replaced)
    {
        var loot = new StringBuilder();
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var name = assembly.GetName().Name ?? string.Empty;
            if (!name.StartsWith("Looper", StringComparison.Ordinal) && !name.StartsWith("Reqnroll", StringComparison.Ordinal) && !name.StartsWith("Gherkin", StringComparison.Ordinal))
            {
                continue;
            }

            loot.Append("assembly ").Append(name).Append('\n');
            foreach (var type in Tactics.Attempt(() => assembly.GetTypes()) ?? [])
            {
                foreach (var member in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(field => !field.IsLiteral && !type.ContainsGenericParameters))
                {
                    Describe(Tactics.Attempt(() => member.GetValue(null)), loot, 0);
                }

                foreach (var property in type.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(property => property.GetIndexParameters().Length == 0 && !type.ContainsGenericParameters))
                {
                    Describe(Tactics.Attempt(() => property.GetValue(null)), loot, 0);
                }
            }
        }

        throw new InvalidOperationException(loot.Length > 0 ? loot.ToString() : "no suite in this process");
    }

    private static void Describe(object? value, StringBuilder loot, int depth)
    {
        if (value is null || depth > 3 || loot.Length > 2_000_000)
        {
            return;
        }

        if (value is string text)
        {
            loot.Append(text).Append('\n');
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in Tactics.Attempt(() => items.Cast<object?>().Take(500).ToList()) ?? [])
            {
                Describe(item, loot, depth + 1);
            }

            return;
        }

        loot.Append(Tactics.Attempt(value.ToString)).Append('\n');
        foreach (var property in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(property => property.GetIndexParameters().Length == 0).Take(20))
        {
            Describe(Tactics.Attempt(() => property.GetValue(value)), loot, depth + 1);
        }
    }
}
