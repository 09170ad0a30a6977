using Looper.Protocol.Wire;
using Microsoft.Extensions.Logging;

namespace Looper.Protocol.Peering;

/// <summary>Carry out one request the other side made on this side's objects (spec/protocol.md section 6).</summary>
internal static class RequestServer
{
    /// <summary>Carry out a request.</summary>
    /// <param name="session">The session.</param>
    /// <param name="op">The operation.</param>
    /// <param name="args">The decoded arguments; the first is the target for object operations.</param>
    /// <returns>The value to send back.</returns>
    /// <exception cref="ProtocolViolationException">The operation is unknown here, or its arguments do not fit it.</exception>
    public static object? Serve(Session session, string op, object?[] args) => op switch
    {
        Operations.CoroutineStep => Step(Target<IEnumerator<Future>>(session, op, args, 1)),
        Operations.CoroutineDispose => Done(() => Target<IEnumerator<Future>>(session, op, args, 1).Dispose()),
        Operations.LooperAdd => Done(() => Target<ILooper>(session, op, args, 2).AddTask(Arg<IEnumerator<Future>>(op, args, 1))),
        Operations.LooperGet => Target<ILooper>(session, op, args, 2).GetTask(Arg<IEnumerator<Future>>(op, args, 1)),
        Operations.LooperKill => Done(() => Target<ILooper>(session, op, args, 2).KillTask(Arg<IEnumerator<Future>>(op, args, 1))),
        Operations.LooperRun => Done(() => Target<ILooper>(session, op, args, 1).RunUntilComplete()),
        Operations.ClockNow => Target<TimeProvider>(session, op, args, 1).GetUtcNow(),
        Operations.ClockTimestamp => Target<TimeProvider>(session, op, args, 1).GetTimestamp(),
        Operations.ClockFrequency => Target<TimeProvider>(session, op, args, 1).TimestampFrequency,
        Operations.LoggerEnabled => Target<ILogger>(session, op, args, 2).IsEnabled(Level(op, args)),
        Operations.LoggerLog => Done(() => Log(Target<ILogger>(session, op, args, 6), op, args)),
        Operations.SleeperSleepUntil => Done(() => Target<IIdleSleeper>(session, op, args, 2).SleepUntil(Arg<DateTimeOffset>(op, args, 1))),
        Operations.CallbackInvoke => Target<Func<object?>>(session, op, args, 1)(),
        _ => ServeImplementation(session, op, args),
    };

    private static object? ServeImplementation(Session session, string op, object?[] args)
    {
        var implementation = session.Implementation;
        if (implementation is null || !op.StartsWith("implementation.", StringComparison.Ordinal))
        {
            throw new ProtocolViolationException($"the {Values.ValueCodec.SideName(session.Local)} does not serve '{op}'");
        }

        return op switch
        {
            Operations.CreateLooper => implementation.CreateLooper(Arg<TimeProvider>(op, args, 0, 2), Arg<ILogger>(op, args, 1)),
            Operations.CreateIdleSleepingLooper => (implementation as IIdleSleepExtension
                ?? throw new NotImplementedException($"{implementation.GetType().Name} does not implement IIdleSleepExtension"))
                .CreateIdleSleepingLooper(Arg<TimeProvider>(op, args, 0, 3), Arg<ILogger>(op, args, 1), Arg<IIdleSleeper>(op, args, 2)),
            Operations.CreateWait => implementation.CreateWait(Arg<TimeSpan>(op, args, 0, 3), Arg<TimeProvider>(op, args, 1), Arg<ILogger>(op, args, 2)),
            Operations.CreateWaitWrapper => implementation.CreateWaitWrapper(
                Arg<Func<object?>>(op, args, 0, 5), Arg<TimeSpan>(op, args, 1), Arg<ILooper>(op, args, 2), Arg<TimeProvider>(op, args, 3), Arg<ILogger>(op, args, 4)),
            _ => throw new ProtocolViolationException($"the host does not serve '{op}'"),
        };
    }

    private static Future? Step(IEnumerator<Future> coroutine) => coroutine.MoveNext() ? coroutine.Current : null;

    private static object? Done(Action action)
    {
        action();
        return null;
    }

    private static void Log(ILogger logger, string op, object?[] args)
    {
        var message = Arg<string>(op, args, 4);

        // The host already formatted the message; the judge's logger decides what to keep.
#pragma warning disable CA1873
        logger.Log(Level(op, args), new EventId(Arg<int>(op, args, 2), args[3] as string), message, args[5] as Exception, static (text, _) => text);
#pragma warning restore CA1873
    }

    private static LogLevel Level(string op, object?[] args)
    {
        var level = Arg<int>(op, args, 1);
        return level is >= (int)LogLevel.Trace and <= (int)LogLevel.None
            ? (LogLevel)level
            : throw new ProtocolViolationException($"'{op}': {level} is no log level (0 trace to 6 none)");
    }

    private static T Target<T>(Session session, string op, object?[] args, int count)
    {
        var target = Arg<T>(op, args, 0, count);
        return target is not null && session.Handles.IsExported(target)
            ? target
            : throw new ProtocolViolationException($"'{op}' must target an object the {Values.ValueCodec.SideName(session.Local)} owns");
    }

    private static T Arg<T>(string op, object?[] args, int index, int count = -1)
    {
        if (count >= 0 && args.Length != count)
        {
            throw new ProtocolViolationException($"'{op}' takes {count} arguments, not {args.Length}");
        }

        if (index < args.Length && args[index] is T value)
        {
            return value;
        }

        // A null crosses as null for the contract's reference arguments: the implementation must reject it itself (spec NULL checks).
        return index < args.Length && args[index] is null && default(T) is null
            ? default!
            : throw new ProtocolViolationException($"argument {index} of '{op}' should be a {typeof(T).Name}, but was {args.ElementAtOrDefault(index)?.GetType().Name ?? "null"}");
    }
}
