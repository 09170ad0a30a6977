using System.Reflection;

namespace Looper.Protocol.Proxies;

/// <summary>An exception of the other side whose type has no counterpart here; a standard .NET exception type crosses as itself.</summary>
public sealed class RemoteException : Exception
{
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
    public string RemoteType { get; private init; } = nameof(Exception);

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

        return new RemoteException(message) { RemoteType = typeName };
    }
}
