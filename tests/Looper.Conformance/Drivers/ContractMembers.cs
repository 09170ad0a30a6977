using System.Diagnostics;
using System.Globalization;

namespace Looper.Conformance.Drivers;

/// <summary>
/// Name the member of the contract that learner code was running when it threw, and the spec sections that describe it.
/// </summary>
/// <remarks>
/// Members are named like <c>ILooper.AddTask</c>; a coroutine returned by a factory method is named like
/// <c>the coroutine of ILooperImplementation.CreateWait</c>. The suite's own types, which also implement
/// <see cref="ILooper"/> or step coroutines, are never named.
/// </remarks>
internal static class ContractMembers
{
    private const string CoroutinePrefix = "the coroutine of ";

    private static readonly Type[] Contract = [typeof(ILooper), typeof(ILooperImplementation)];

    /// <summary>Gets the spec sections to read for a member, such as <c>section 2 (WAIT)</c>.</summary>
    /// <param name="member">The member, as named by <see cref="Find"/> or by the driver.</param>
    /// <returns>The sections, or <see langword="null"/> for a member the suite does not know.</returns>
    public static string? SectionsOf(string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var name = member.StartsWith(CoroutinePrefix, StringComparison.Ordinal) ? member[CoroutinePrefix.Length..] : member;
        return name switch
        {
            "ILooperImplementation.CreateLooper" or "ILooper.RunUntilComplete" => "section 3 (LOOP)",
            "ILooperImplementation.CreateWait" => "section 2 (WAIT)",
            "ILooperImplementation.CreateWaitWrapper" => "section 7 (WRAP)",
            "ILooper.AddTask" => "sections 1 (FUT) and 4 (ADD)",
            "ILooper.GetTask" => "sections 1 (FUT) and 5 (LOOKUP)",
            "ILooper.KillTask" => "section 6 (KILL)",
            _ => null,
        };
    }

    /// <summary>Find the innermost member of the contract that learner code was running when <paramref name="exception"/> was thrown.</summary>
    /// <param name="exception">What the learner code threw.</param>
    /// <returns>The member, or <see langword="null"/> when no frame of learner code implements one.</returns>
    public static string? Find(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod() is { DeclaringType: { } type } method && type.Assembly != typeof(ContractMembers).Assembly
                && MemberOf(type, method) is { } member)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Describe where in <paramref name="assembly"/> the exception was thrown, such as <c>at MyLooper.AddTask (MyLooper.cs:line 12)</c>.</summary>
    /// <param name="exception">What the learner code threw.</param>
    /// <param name="assembly">The learner's assembly.</param>
    /// <returns>The place, or <see langword="null"/> when no frame belongs to the assembly.</returns>
    public static string? Where(Exception exception, System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod() is not { DeclaringType: { } type } method || type.Assembly != assembly)
            {
                continue;
            }

            var (owner, name) = IsGenerated(type.Name) && type.DeclaringType is { } outer
                ? (outer, SourceName(type.Name))
                : (type, SourceName(method.Name));
            var file = frame.GetFileName() is { Length: > 0 } path
                ? string.Create(CultureInfo.InvariantCulture, $" ({Path.GetFileName(path)}:line {frame.GetFileLineNumber()})")
                : string.Empty;
            return $"at {owner.Name}.{name}{file}";
        }

        return null;
    }

    private static string? MemberOf(Type type, System.Reflection.MethodBase method)
    {
        if (IsGenerated(type.Name) && type.DeclaringType is { } outer)
        {
            // An iterator's state machine: <CreateWait>d__3.MoveNext runs the body of CreateWait's coroutine.
            return Implemented(outer, SourceName(type.Name)) is { } factory ? CoroutinePrefix + factory : null;
        }

        // A lambda or local function such as <AddTask>g__Check|2_0 runs on behalf of AddTask.
        return Implemented(type, IsGenerated(method.Name) ? SourceName(method.Name) : method.Name, method);
    }

    private static string? Implemented(Type type, string methodName, System.Reflection.MethodBase? method = null)
    {
        foreach (var contract in Contract.Where(contract => contract.IsAssignableFrom(type) && !type.IsInterface))
        {
            var map = type.GetInterfaceMap(contract);
            for (var i = 0; i < map.TargetMethods.Length; i++)
            {
                var target = map.TargetMethods[i];
                var matches = method is null || IsGenerated(method.Name)
                    ? target.Name == methodName || target.Name.EndsWith("." + methodName, StringComparison.Ordinal)
                    : target.MetadataToken == method.MetadataToken && target.Module == method.Module;
                if (matches)
                {
                    return $"{contract.Name}.{map.InterfaceMethods[i].Name}";
                }
            }
        }

        return null;
    }

    private static bool IsGenerated(string name) => name.StartsWith('<');

    private static string SourceName(string name)
    {
        var end = name.IndexOf('>', StringComparison.Ordinal);
        return name.StartsWith('<') && end > 1 ? name[1..end] : name;
    }
}
