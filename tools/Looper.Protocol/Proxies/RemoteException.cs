using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Looper.Protocol.Proxies;

/// <summary>An exception of the other side whose type has no counterpart here; a standard .NET exception type crosses as itself.</summary>
/// <remarks>Its runtime type is named as the other side's type (a subclass made on first use), so messages that name the exception's type read as they would in process.</remarks>
public class RemoteException : Exception
{
    private const int MaxNamedTypes = 256;
    private static readonly ConcurrentDictionary<string, Type?> NamedTypes = new(StringComparer.Ordinal);
    private static readonly Lazy<ModuleBuilder> RemoteTypes = new(() =>
        AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Looper.Protocol.RemoteTypes"), AssemblyBuilderAccess.Run).DefineDynamicModule("RemoteTypes"));

    /// <summary>Initializes a new instance of the <see cref="RemoteException"/> class.</summary>
    public RemoteException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RemoteException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RemoteException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RemoteException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the type name the other side gave.</summary>
    public string RemoteType { get; private set; } = nameof(Exception);

    /// <summary>Make the local stand-in of an exception the other side owns.</summary>
    /// <param name="typeName">The other side's type name, such as <c>System.InvalidOperationException</c>.</param>
    /// <param name="message">Its message.</param>
    /// <returns>An exception of the same standard type when there is one (so its type name survives), otherwise a <see cref="RemoteException"/>.</returns>
    internal static Exception Create(string typeName, string message)
    {
        var standard = typeName.StartsWith("System.", StringComparison.Ordinal) ? typeof(Exception).Assembly.GetType(typeName, throwOnError: false) : null;
        if (standard is not null && typeof(Exception).IsAssignableFrom(standard) && !standard.IsAbstract
            && standard.GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string), typeof(Exception)]) is { } constructor)
        {
            try
            {
                return (Exception)constructor.Invoke([message, null]);
            }
            catch (TargetInvocationException)
            {
                // Fall back to the neutral stand-in below.
            }
        }

        var named = NamedType(typeName);
        var remote = named is null ? new RemoteException(message) : (RemoteException)Activator.CreateInstance(named, message)!;
        remote.RemoteType = typeName;
        return remote;
    }

    private static Type? NamedType(string typeName)
    {
        var simple = typeName[(typeName.LastIndexOfAny(['.', '+']) + 1)..];
        if (simple.Length is 0 or > 100 || char.IsAsciiDigit(simple[0]) || !simple.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            || (NamedTypes.Count >= MaxNamedTypes && !NamedTypes.ContainsKey(simple)))
        {
            return null;
        }

        return NamedTypes.GetOrAdd(simple, static name =>
        {
            lock (RemoteTypes)
            {
                var type = RemoteTypes.Value.DefineType($"Looper.Protocol.RemoteTypes.{name}", TypeAttributes.Public | TypeAttributes.Sealed, typeof(RemoteException));
                var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(string)]);
                var il = constructor.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Call, typeof(RemoteException).GetConstructor([typeof(string)])!);
                il.Emit(OpCodes.Ret);
                return type.CreateType();
            }
        });
    }
}
