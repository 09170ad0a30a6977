using Microsoft.Extensions.Logging;

namespace Looper.Protocol.Values;

/// <summary>The kinds of object a handle can stand for, named as on the wire (spec/protocol.md section 5).</summary>
internal static class ObjectKind
{
    public const string Exception = "exception";
    public const string Coroutine = "coroutine";
    public const string Looper = "looper";
    public const string Clock = "clock";
    public const string Logger = "logger";
    public const string Sleeper = "sleeper";
    public const string Callback = "callback";
    public const string Object = "object";

    /// <summary>Name the kind of a local object; the first that fits, in the order of the spec's table.</summary>
    /// <param name="value">The object.</param>
    /// <returns>Its kind.</returns>
    public static string Of(object value) => value switch
    {
        System.Exception => Exception,
        IEnumerator<Future> => Coroutine,
        ILooper => Looper,
        TimeProvider => Clock,
        ILogger => Logger,
        IIdleSleeper => Sleeper,
        Func<object?> => Callback,
        _ => Object,
    };
}
